package com.crcloud.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** The person behind the current request. */
@Component
public class CurrentUser {

    public Optional<CrcUser> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof CrcUser user
                ? Optional.of(user) : Optional.empty();
    }

    public CrcUser require() {
        return get().orElseThrow(() -> new IllegalStateException("No user is logged in"));
    }
}
