package com.crcloud.dashboard.service;

import com.crcloud.dashboard.domain.DashboardReportSettings;
import com.crcloud.dashboard.domain.DashboardReportSettingsRepository;
import com.crcloud.notification.service.MailDelivery;
import com.crcloud.notification.service.TenantMailer;
import com.crcloud.tenant.audit.AuditReason;
import com.crcloud.tenant.context.TenantContext;
import com.crcloud.tenant.provisioning.TenantRegistryService;
import com.crcloud.tenant.support.UserFacingException;
import com.crcloud.tenant.user.Authorities;
import com.crcloud.i18n.Translations;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The monthly review report by email: who receives it (a tenant setting), and the delivery of last month's report
 * through the tenant's own mail server, once per month, run by {@link MonthlyReportJob}.
 */
@Service
public class MonthlyReportDelivery {

    /** At most this many recipients, so a pasted address book does not become a mass mailing. */
    static final int MAX_RECIPIENTS = 20;
    private static final Logger log = LoggerFactory.getLogger(MonthlyReportDelivery.class);

    private final DashboardReportSettingsRepository settings;
    private final DashboardReports reports;
    private final TenantMailer mailer;
    private final TenantRegistryService tenants;
    private final Translations translations;
    private final TransactionTemplate transaction;
    private final Clock clock;

    public MonthlyReportDelivery(DashboardReportSettingsRepository settings, DashboardReports reports, TenantMailer mailer,
                                 TenantRegistryService tenants, Translations translations,
                                 PlatformTransactionManager transactionManager, Clock clock) {
        this.settings = settings;
        this.reports = reports;
        this.mailer = mailer;
        this.tenants = tenants;
        this.translations = translations;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** The stored settings, or new switched-off ones. */
    @Secured({Authorities.TENANT_ADMIN, Authorities.COMPLIANCE_OFFICER})
    public DashboardReportSettings current() {
        return transaction.execute(status -> settings.findFirstBy().orElseGet(DashboardReportSettings::new));
    }

    /**
     * Stores who receives the report: addresses separated by commas, semicolons or line breaks, each checked;
     * switching delivery on needs at least one.
     */
    @Secured(Authorities.TENANT_ADMIN)
    public DashboardReportSettings save(boolean enabled, String recipients) {
        List<String> addresses = parse(recipients);
        if (enabled && addresses.isEmpty()) {
            throw new UserFacingException("recipients", "dashboard.error.noRecipients");
        }
        return AuditReason.with("monthly report recipients", () -> transaction.execute(status -> {
            DashboardReportSettings stored = settings.findFirstBy().orElseGet(DashboardReportSettings::new);
            stored.setEnabled(enabled);
            stored.setRecipients(addresses);
            return settings.saveAndFlush(stored);
        }));
    }

    static List<String> parse(String recipients) {
        LinkedHashSet<String> addresses = new LinkedHashSet<>();
        for (String part : Arrays.asList((recipients == null ? "" : recipients).split("[,;\\s]+"))) {
            if (part.isBlank()) {
                continue;
            }
            try {
                new InternetAddress(part, true).validate();
                if (!part.contains("@")) {
                    throw new AddressException(part);
                }
            } catch (AddressException e) {
                throw new UserFacingException("recipients", "dashboard.error.recipient", part);
            }
            addresses.add(part);
        }
        if (addresses.size() > MAX_RECIPIENTS) {
            throw new UserFacingException("recipients", "dashboard.error.tooManyRecipients", MAX_RECIPIENTS);
        }
        return new ArrayList<>(addresses);
    }

    /**
     * Sends last month's report (in the tenant's time zone and language) to every recipient, unless it went out
     * already; the month is recorded as sent once every recipient's email was handed to the server, so a failed
     * run is repeated on the job's next pass.
     *
     * @return the month sent, if one was
     */
    @Secured(Authorities.TENANT_ADMIN)
    public Optional<YearMonth> sendLastMonthIfDue() {
        DashboardReportSettings current = current();
        String tenant = TenantContext.requireTenantId();
        var registered = tenants.find(tenant);
        ZoneId zone = registered.map(found -> found.getTimeZone()).orElse(ZoneId.of("UTC"));
        Locale locale = registered.map(found -> found.getLocale()).orElse(Locale.ENGLISH);
        YearMonth lastMonth = YearMonth.from(clock.instant().atZone(zone)).minusMonths(1);
        if (!current.isEnabled() || current.getRecipients().isEmpty()
                || (current.getLastSentMonth() != null && !current.getLastSentMonth().isBefore(lastMonth))) {
            return Optional.empty();
        }
        DashboardFilter filter = DashboardFilter.month(lastMonth);
        byte[] pdf = reports.pdf(filter, locale);
        String name = registered.map(found -> found.getDisplayName()).orElse(tenant);
        String subject = translations.getTranslation("dashboard.mail.subject", locale, name, lastMonth.toString());
        String body = translations.getTranslation("dashboard.mail.body", locale, lastMonth.toString());
        List<String> failed = new ArrayList<>();
        for (String recipient : current.getRecipients()) {
            MailDelivery delivery = mailer.send(new TenantMailer.Mail(recipient, subject, body, reports.fileName(filter, "pdf"), pdf));
            if (delivery.status() != MailDelivery.Status.SENT) {
                failed.add(recipient + " (" + delivery.status() + (delivery.detail() == null ? "" : ": " + delivery.detail()) + ")");
            }
        }
        if (!failed.isEmpty()) {
            log.warn("Monthly report {} of {} not delivered to {}; retried on the next pass", lastMonth, tenant, failed);
            return Optional.empty();
        }
        AuditReason.with("monthly report " + lastMonth + " sent", () -> transaction.execute(status -> {
            DashboardReportSettings stored = settings.findFirstBy().orElseThrow();
            stored.setLastSentMonth(lastMonth);
            return settings.saveAndFlush(stored);
        }));
        return Optional.of(lastMonth);
    }
}
