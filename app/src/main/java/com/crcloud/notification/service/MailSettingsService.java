package com.crcloud.notification.service;

import com.crcloud.customer.service.ConcurrentChangeException;
import com.crcloud.notification.domain.MailSettings;
import com.crcloud.notification.domain.MailSettingsRepository;
import com.crcloud.tenant.audit.AuditReason;
import com.crcloud.tenant.support.FieldProblem;
import com.crcloud.tenant.user.Authorities;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The tenant's outgoing mail server: set up by its administrator, tried with a test email before it is trusted. */
@Service
public class MailSettingsService {

    private final MailSettingsRepository settings;
    private final TenantMailer mailer;
    private final TransactionTemplate transaction;
    private final Clock clock;

    public MailSettingsService(MailSettingsRepository settings, TenantMailer mailer, PlatformTransactionManager transactionManager,
                               Clock clock) {
        this.settings = settings;
        this.mailer = mailer;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** The stored settings, or new disabled ones for a tenant that has none yet. */
    @Secured({Authorities.TENANT_ADMIN, Authorities.COMPLIANCE_OFFICER, Authorities.AUDITOR})
    public MailSettings current() {
        return transaction.execute(status -> settings.findFirstBy().orElseGet(MailSettings::new));
    }

    /**
     * Validates and stores the settings.
     *
     * @param newPassword a new password, or null/blank to keep the stored one
     */
    @Secured(Authorities.TENANT_ADMIN)
    public MailSettings save(MailSettings edited, String newPassword, String reason) {
        normalise(edited);
        List<FieldProblem> problems = validate(edited);
        if (!problems.isEmpty()) {
            throw new InvalidMailSettingsException(problems);
        }
        if (newPassword != null && !newPassword.isBlank()) {
            edited.changePassword(newPassword, clock.instant());
        }
        try {
            return AuditReason.with(reason, () -> transaction.execute(status -> settings.saveAndFlush(edited)));
        } catch (OptimisticLockingFailureException | DataIntegrityViolationException e) {
            // A stale version, or a first set-up while someone else set the server up too.
            throw new ConcurrentChangeException();
        }
    }

    /** Sends a short test email with the settings as they are on screen (saved or not). */
    @Secured(Authorities.TENANT_ADMIN)
    public MailDelivery sendTest(MailSettings onScreen, String newPassword, String to, Locale locale) {
        normalise(onScreen);
        List<FieldProblem> problems = validate(onScreen);
        if (!isAddress(to)) {
            problems.add(FieldProblem.of("testRecipient", "mail.error.address"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidMailSettingsException(problems);
        }
        if (newPassword != null && !newPassword.isBlank()) {
            onScreen.changePassword(newPassword, clock.instant());
        }
        boolean chinese = Locale.SIMPLIFIED_CHINESE.getLanguage().equals(locale.getLanguage());
        return mailer.send(onScreen, new TenantMailer.Mail(to.trim(),
                chinese ? "Customer Review Cloud 测试邮件" : "Customer Review Cloud test email",
                chinese ? "贵机构的邮件服务器设置可用。" : "Your organisation's mail server settings work.", null, null));
    }

    static List<FieldProblem> validate(MailSettings candidate) {
        List<FieldProblem> problems = new ArrayList<>();
        if (candidate.getHost() == null || candidate.getHost().isBlank()) {
            problems.add(FieldProblem.of("host", "mail.error.host"));
        } else if (!candidate.getHost().matches("[A-Za-z0-9.-]{1,253}")) {
            problems.add(FieldProblem.of("host", "mail.error.hostName"));
        }
        if (candidate.getPort() < 1 || candidate.getPort() > 65535) {
            problems.add(FieldProblem.of("port", "mail.error.port"));
        }
        if (candidate.getSecurity() == null) {
            problems.add(FieldProblem.of("security", "mail.error.security"));
        }
        if (!isAddress(candidate.getFromAddress())) {
            problems.add(FieldProblem.of("fromAddress", "mail.error.address"));
        }
        return problems;
    }

    private static boolean isAddress(String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        try {
            new InternetAddress(value.trim(), true).validate();
            return value.contains("@");
        } catch (AddressException e) {
            return false;
        }
    }

    private static void normalise(MailSettings candidate) {
        candidate.setHost(candidate.getHost() == null ? "" : candidate.getHost().trim());
        candidate.setFromAddress(candidate.getFromAddress() == null ? "" : candidate.getFromAddress().trim());
        candidate.setUsername(candidate.getUsername() == null || candidate.getUsername().isBlank() ? null : candidate.getUsername().trim());
    }
}
