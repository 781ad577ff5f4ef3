package com.crcloud.notification.service;

import com.crcloud.notification.domain.MailSecurity;
import com.crcloud.notification.domain.MailSettings;
import com.crcloud.notification.domain.MailSettingsRepository;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;

/**
 * Sends an email through the mail server of the tenant in context. Never throws for a delivery problem: the
 * caller logs the {@link MailDelivery} with the message, and a decision never depends on a mail server.
 */
@Service
public class TenantMailer {

    /** A slow or silent server must not hold a reviewer's click for long. */
    private static final String TIMEOUT_MILLIS = "10000";

    private final MailSettingsRepository settings;
    private final TransactionTemplate transaction;

    public TenantMailer(MailSettingsRepository settings, PlatformTransactionManager transactionManager) {
        this.settings = settings;
        this.transaction = new TransactionTemplate(transactionManager);
        this.transaction.setReadOnly(true);
    }

    /** An email with an optional attachment (null name and content for none). */
    public record Mail(String to, String subject, String body, String attachmentName, byte[] attachment) {
    }

    public MailDelivery send(Mail mail) {
        Optional<MailSettings> configured = transaction.execute(status -> settings.findFirstBy()).filter(MailSettings::isEnabled);
        if (configured.isEmpty()) {
            return new MailDelivery(MailDelivery.Status.NOT_CONFIGURED, null);
        }
        return send(configured.get(), mail);
    }

    /** Sends with the given settings, saved or not (the settings form's test button). */
    MailDelivery send(MailSettings server, Mail mail) {
        JavaMailSenderImpl sender = senderFor(server);
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, mail.attachment() != null, StandardCharsets.UTF_8.name());
            helper.setFrom(server.getFromAddress());
            helper.setTo(mail.to());
            helper.setSubject(mail.subject());
            helper.setText(mail.body(), false);
            if (mail.attachment() != null) {
                helper.addAttachment(mail.attachmentName(), new ByteArrayResource(mail.attachment()), "application/pdf");
            }
            sender.send(message);
            return new MailDelivery(MailDelivery.Status.SENT, null);
        } catch (MessagingException | MailException e) {
            return new MailDelivery(MailDelivery.Status.FAILED, rootMessage(e));
        }
    }

    private static JavaMailSenderImpl senderFor(MailSettings server) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(server.getHost());
        sender.setPort(server.getPort());
        sender.setDefaultEncoding(StandardCharsets.UTF_8.name());
        boolean authenticated = server.getUsername() != null && !server.getUsername().isBlank();
        if (authenticated) {
            sender.setUsername(server.getUsername());
            sender.setPassword(server.getPassword());
        }
        String protocol = server.getSecurity() == MailSecurity.TLS ? "smtps" : "smtp";
        sender.setProtocol(protocol);
        Properties properties = sender.getJavaMailProperties();
        properties.put("mail." + protocol + ".auth", String.valueOf(authenticated));
        properties.put("mail." + protocol + ".connectiontimeout", TIMEOUT_MILLIS);
        properties.put("mail." + protocol + ".timeout", TIMEOUT_MILLIS);
        properties.put("mail." + protocol + ".writetimeout", TIMEOUT_MILLIS);
        if (server.getSecurity() == MailSecurity.STARTTLS) {
            properties.put("mail.smtp.starttls.enable", "true");
            properties.put("mail.smtp.starttls.required", "true");
        }
        return sender;
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage().strip());
        return text.length() <= 900 ? text : text.substring(0, 899) + "…";
    }
}
