package com.crcloud.account.service;

import com.crcloud.security.CurrentUser;
import com.crcloud.tenant.user.UserAccountRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Locale;

/** What logged-in users change about themselves. */
@Service
public class AccountService {

    private final CurrentUser currentUser;
    private final UserAccountRepository users;

    public AccountService(CurrentUser currentUser, UserAccountRepository users) {
        this.currentUser = currentUser;
        this.users = users;
    }

    /** Saves a tenant user's UI language for future sessions; platform administrators keep it per session only. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void saveLanguage(Locale locale) {
        var user = currentUser.require();
        if (user.tenantId().isEmpty()) {
            return;
        }
        users.findByUsername(user.getUsername()).ifPresent(account -> account.setLocale(locale));
    }
}
