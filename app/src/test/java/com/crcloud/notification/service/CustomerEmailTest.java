package com.crcloud.notification.service;

import com.crcloud.customer.domain.Customer;
import com.crcloud.customer.service.ConcurrentChangeException;
import com.crcloud.customer.service.CustomerService;
import com.crcloud.notification.domain.MailSecurity;
import com.crcloud.notification.domain.MailSettings;
import com.crcloud.plugin.api.RiskClass;
import com.crcloud.review.domain.CaseStage;
import com.crcloud.review.domain.CustomerMessage;
import com.crcloud.review.domain.DecisionOutcome;
import com.crcloud.review.domain.DecisionReason;
import com.crcloud.review.domain.MessageChannel;
import com.crcloud.review.domain.MessageStatus;
import com.crcloud.review.domain.ReviewCase;
import com.crcloud.review.service.CustomerNotifier;
import com.crcloud.review.service.ReviewCaseService;
import com.crcloud.support.IntegrationTest;
import com.crcloud.support.TestCases;
import com.crcloud.support.TestCustomers;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.net.ServerSocket;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Customer emails leave through the tenant's own mail server (a real SMTP server in the test), and say so in the log. */
@Tag("persistence")
class CustomerEmailTest extends IntegrationTest {

    @Autowired
    MailSettingsService mailSettings;
    @Autowired
    CustomerService customers;
    @Autowired
    ReviewCaseService cases;
    @Autowired
    CustomerNotifier notifier;

    private final GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    @BeforeEach
    void startMailServer() {
        smtp.start();
    }

    @AfterEach
    void switchMailOffAndStopServer() {
        actAs(WEALTH, "tenant-admin");
        MailSettings settings = mailSettings.current();
        if (!settings.isNew()) {
            settings.setEnabled(false);
            mailSettings.save(settings, null, "test clean-up");
        }
        smtp.stop();
    }

    @Test
    void a_decision_emails_the_customer_through_the_tenants_server_with_the_letter_attached() throws Exception {
        actAs(WEALTH, "tenant-admin");
        mailSettings.save(settings(mailSettings.current(), smtp.getSmtp().getPort()), null, "mail server set up");

        ReviewCase decided = rejectedCaseOf("邮件 客户");

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getFrom()[0].toString()).isEqualTo("reviews@jade-wealth.example");
        assertThat(received[0].getSubject()).contains(decided.getReference());
        Multipart parts = (Multipart) received[0].getContent();
        assertThat(parts.getBodyPart(1).getFileName()).isEqualTo(decided.getReference() + ".pdf");
        assertThat(GreenMailUtil.getBody(parts.getBodyPart(1))).isNotBlank();
        assertThat(email(decided).getStatus()).isEqualTo(MessageStatus.SENT);
    }

    @Test
    void an_unreachable_mail_server_is_logged_as_failed_and_the_decision_stands() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        actAs(WEALTH, "tenant-admin");
        mailSettings.save(settings(mailSettings.current(), closedPort), null, "wrong port");

        ReviewCase decided = rejectedCaseOf("Unreachable Server");

        assertThat(decided.getStage()).isEqualTo(CaseStage.REJECTED);
        CustomerMessage email = email(decided);
        assertThat(email.getStatus()).isEqualTo(MessageStatus.FAILED);
        assertThat(email.getDetail()).contains("Connect");
    }

    @Test
    void without_a_mail_server_the_log_says_the_email_was_not_sent_and_why() {
        ReviewCase decided = rejectedCaseOf("No Server Yet");

        CustomerMessage email = email(decided);
        assertThat(email.getStatus()).isEqualTo(MessageStatus.NOT_SENT);
        assertThat(email.getDetail()).isNotBlank();
    }

    @Test
    void settings_a_server_cannot_work_with_are_refused_field_by_field() {
        actAs(WEALTH, "tenant-admin");
        MailSettings wrong = settings(mailSettings.current(), 70000);
        wrong.setHost("smtp server");
        wrong.setFromAddress("not an address");

        assertThatThrownBy(() -> mailSettings.save(wrong, null, null))
                .isInstanceOfSatisfying(InvalidMailSettingsException.class, e -> assertThat(e.problems())
                        .extracting(problem -> problem.field() + ":" + problem.messageKey())
                        .containsExactlyInAnyOrder("host:mail.error.hostName", "port:mail.error.port", "fromAddress:mail.error.address"));
    }

    @Test
    void a_second_first_set_up_is_refused_as_a_concurrent_change_not_a_database_error() {
        actAs(WEALTH, "tenant-admin");
        mailSettings.save(settings(mailSettings.current(), smtp.getSmtp().getPort()), null, "first");

        assertThatThrownBy(() -> mailSettings.save(settings(new MailSettings(), 2525), null, "second"))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(mailSettings.current().getPort()).isEqualTo(smtp.getSmtp().getPort());
    }

    @Test
    void a_test_email_reaches_the_given_address_before_the_settings_are_saved() {
        actAs(WEALTH, "tenant-admin");

        MailDelivery delivery = mailSettings.sendTest(settings(new MailSettings(), smtp.getSmtp().getPort()), null, "officer@jade-wealth.example",
                Locale.SIMPLIFIED_CHINESE);

        assertThat(delivery.status()).isEqualTo(MailDelivery.Status.SENT);
        assertThat(smtp.getReceivedMessages()).singleElement().satisfies(message ->
                assertThat(message.getSubject()).contains("测试邮件"));
    }

    /** An unauthenticated server on this machine (whatever another test left in the stored settings). */
    private static MailSettings settings(MailSettings settings, int port) {
        settings.setEnabled(true);
        settings.setUsername(null);
        settings.setHost("127.0.0.1");
        settings.setPort(port);
        settings.setSecurity(MailSecurity.NONE);
        settings.setFromAddress("reviews@jade-wealth.example");
        return settings;
    }

    private ReviewCase rejectedCaseOf(String name) {
        actAs(WEALTH, "reviewer");
        return new TestCases(cases).decidedAs(customers.save(TestCustomers.reviewable(name, "9000.00"), null), RiskClass.HIGH,
                DecisionOutcome.REJECTED, DecisionReason.AFFORDABILITY);
    }

    private CustomerMessage email(ReviewCase decided) {
        return notifier.messagesOfCase(decided.getId()).stream()
                .filter(message -> message.getChannel() == MessageChannel.EMAIL).findFirst().orElseThrow();
    }
}
