package com.crcloud.review.service;

import com.crcloud.customer.domain.Customer;
import com.crcloud.i18n.Translations;
import com.crcloud.notification.service.MailDelivery;
import com.crcloud.notification.service.TenantMailer;
import com.crcloud.review.domain.CustomerMessage;
import com.crcloud.review.domain.CustomerMessageRepository;
import com.crcloud.review.domain.MessageChannel;
import com.crcloud.review.domain.MessageStatus;
import com.crcloud.review.domain.ReviewCase;
import com.crcloud.tenant.domain.Tenant;
import com.crcloud.tenant.provisioning.TenantRegistryService;
import com.crcloud.tenant.user.Authorities;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Tells the customer about a decision in the tenant's language: a notice for the customer's in-app inbox, an
 * email through the tenant's own mail server with the letter attached, and the PDF decision letter kept byte for
 * byte. Each attempt is logged with its result; a failing channel never undoes the decision.
 */
@Service
public class CustomerNotifier {

    private static final Logger log = LoggerFactory.getLogger(CustomerNotifier.class);

    private final CustomerMessageRepository messages;
    private final TenantRegistryService tenants;
    private final DecisionLetterPdf letters;
    private final Translations translations;
    private final TenantMailer mailer;
    private final TransactionTemplate transaction;
    private final Clock clock;

    public CustomerNotifier(CustomerMessageRepository messages, TenantRegistryService tenants, DecisionLetterPdf letters,
                            Translations translations, TenantMailer mailer, PlatformTransactionManager transactionManager,
                            Clock clock) {
        this.messages = messages;
        this.tenants = tenants;
        this.letters = letters;
        this.translations = translations;
        this.mailer = mailer;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    @Secured({Authorities.TENANT_ADMIN, Authorities.REVIEWER, Authorities.APPROVER})
    public void notifyDecision(ReviewCase decided, Customer customer, Locale fallback) {
        Tenant tenant = tenants.find(decided.getTenantId()).orElseThrow();
        Locale locale = tenant.getLocale() != null ? tenant.getLocale() : fallback;
        String outcome = decided.getOutcome().name();
        String subject = text(locale, "notice.subject." + outcome, tenant.getDisplayName(), decided.getReference());
        String body = text(locale, "notice.body." + outcome, customer.getFullName(), decided.getReference());
        CustomerMessage letter = letter(decided, customer, tenant, locale, subject, body);
        // Logged before sending, so a crash mid-send leaves a trace; the outcome is filled in after.
        CustomerMessage email = transaction.execute(status -> {
            CustomerMessage inbox = new CustomerMessage(customer.getId(), decided.getId(), MessageChannel.IN_APP, null, subject, body,
                    clock.instant());
            inbox.outcome(MessageStatus.SENT, null);
            messages.save(inbox);
            messages.save(letter);
            return messages.save(new CustomerMessage(customer.getId(), decided.getId(), MessageChannel.EMAIL, customer.getEmail(),
                    subject, body, clock.instant()));
        });
        MailDelivery delivery = customer.getEmail() == null
                ? new MailDelivery(MailDelivery.Status.NOT_CONFIGURED, text(locale, "notice.email.noAddress"))
                : mailer.send(new TenantMailer.Mail(customer.getEmail(), subject, body, decided.getReference() + ".pdf",
                letter.getStatus() == MessageStatus.SENT ? letter.getAttachment() : null));
        transaction.executeWithoutResult(status -> {
            CustomerMessage stored = messages.findById(email.getId()).orElseThrow();
            switch (delivery.status()) {
                case SENT -> stored.outcome(MessageStatus.SENT, null);
                case FAILED -> stored.outcome(MessageStatus.FAILED, delivery.detail());
                case NOT_CONFIGURED -> stored.outcome(MessageStatus.NOT_SENT,
                        delivery.detail() != null ? delivery.detail() : text(locale, "notice.email.noSmtp"));
            }
            messages.save(stored);
        });
    }

    /** The stored letter of a case, exactly as produced at the decision. */
    @Secured({Authorities.TENANT_ADMIN, Authorities.REVIEWER, Authorities.APPROVER, Authorities.COMPLIANCE_OFFICER, Authorities.AUDITOR})
    public List<CustomerMessage> messagesOfCase(UUID caseId) {
        return transaction.execute(status -> messages.findByCaseIdOrderByCreatedAtAsc(caseId));
    }

    @Secured({Authorities.TENANT_ADMIN, Authorities.REVIEWER, Authorities.APPROVER, Authorities.COMPLIANCE_OFFICER, Authorities.AUDITOR})
    public byte[] attachment(UUID messageId) {
        return transaction.execute(status -> messages.findById(messageId).map(CustomerMessage::getAttachment).orElse(null));
    }

    private CustomerMessage letter(ReviewCase decided, Customer customer, Tenant tenant, Locale locale, String subject, String body) {
        CustomerMessage letter = new CustomerMessage(customer.getId(), decided.getId(), MessageChannel.LETTER, addressOf(customer),
                subject, body, clock.instant());
        try {
            List<String> reasons = decided.getDecisionReasons().stream().map(reason -> text(locale, "reason." + reason.name())).toList();
            byte[] pdf = letters.render(new DecisionLetter(tenant.getDisplayName(), decided.getReference(), customer.getFullName(),
                    addressLines(customer), locale, LocalDate.now(clock.withZone(tenant.getTimeZone())), decided.getOutcome(), reasons,
                    decided.getCreditLimit(), decided.getCurrency(), decided.getPricingBand(), decided.getServicePlan(),
                    decided.getNextReviewDate(), decided.getDecidedBy()));
            letter.attach(pdf, sha256(pdf));
            letter.outcome(MessageStatus.SENT, null);
        } catch (RuntimeException e) {
            log.warn("Decision letter for case {} could not be produced", decided.getReference(), e);
            letter.outcome(MessageStatus.FAILED, truncate(String.valueOf(e.getMessage())));
        }
        return letter;
    }

    private static List<String> addressLines(Customer customer) {
        List<String> lines = new ArrayList<>();
        Stream.of(customer.getAddressLine(),
                        String.join(" ", Stream.of(customer.getPostalCode(), customer.getCity()).filter(Objects::nonNull).toList()),
                        customer.getRegion(), customer.getCountryCode())
                .filter(Objects::nonNull).filter(line -> !line.isBlank()).forEach(lines::add);
        return lines;
    }

    private static String addressOf(Customer customer) {
        List<String> lines = addressLines(customer);
        return lines.isEmpty() ? null : truncate(String.join(", ", lines));
    }

    private String text(Locale locale, String key, Object... arguments) {
        return translations.getTranslation(key, locale, arguments);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static String truncate(String value) {
        return value.length() <= 250 ? value : value.substring(0, 249) + "…";
    }
}
