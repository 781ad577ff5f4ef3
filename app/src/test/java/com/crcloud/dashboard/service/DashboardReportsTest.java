package com.crcloud.dashboard.service;

import com.crcloud.notification.domain.MailSecurity;
import com.crcloud.notification.domain.MailSettings;
import com.crcloud.notification.service.MailSettingsService;
import com.crcloud.support.IntegrationTest;
import com.crcloud.tenant.domain.TenantRepository;
import com.crcloud.tenant.support.UserFacingException;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The report as PDF and CSV, and its monthly delivery through the tenant's mail server (a real SMTP server here). */
@Tag("persistence")
class DashboardReportsTest extends IntegrationTest {

    @Autowired
    DashboardReports reports;
    @Autowired
    DashboardService dashboards;
    @Autowired
    MonthlyReportDelivery delivery;
    @Autowired
    MailSettingsService mailSettings;
    @Autowired
    TenantRepository tenants;

    @Test
    void the_csv_holds_the_dashboards_figures_one_per_row() {
        actAs(LENDER, "tenant-admin");
        DashboardFilter filter = DashboardFilter.month(thisMonth());
        Dashboard dashboard = dashboards.load(filter);

        String csv = new String(reports.csv(filter), StandardCharsets.UTF_8);

        assertThat(csv).startsWith("section,metric,key,value\r\n");
        assertThat(csv).contains("volume,opened,," + dashboard.volume().opened() + "\r\n",
                "volume,approved,," + dashboard.volume().approved() + "\r\n",
                "backlog,open,," + dashboard.backlog().open() + "\r\n",
                "month,approved," + thisMonth() + "," + dashboard.volume().approved() + "\r\n");
    }

    @Test
    void the_pdf_report_states_the_figures_in_the_readers_language_with_charts() throws IOException {
        actAs(WEALTH, "compliance-officer");
        DashboardFilter filter = DashboardFilter.month(thisMonth());
        Dashboard dashboard = dashboards.load(filter);

        byte[] pdf = reports.pdf(filter, Locale.SIMPLIFIED_CHINESE);

        String text = text(pdf);
        assertThat(text).contains("审查报告", "批准率", "开启的案件 " + dashboard.volume().opened());
        PdfReader reader = new PdfReader(pdf);
        try {
            assertThat(reader.getNumberOfPages()).isEqualTo(2);
            assertThat(reader.getPageN(1).getAsDict(PdfName.RESOURCES).getAsDict(PdfName.XOBJECT).size())
                    .as("two chart images on the first page").isEqualTo(2);
        } finally {
            reader.close();
        }
    }

    @Test
    void last_months_report_is_emailed_once_to_every_recipient() throws Exception {
        GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        actAs(LENDER, "tenant-admin");
        MailSettings server = mailSettings.current();
        server.setEnabled(true);
        server.setHost("127.0.0.1");
        server.setPort(smtp.getSmtp().getPort());
        server.setSecurity(MailSecurity.NONE);
        server.setFromAddress("reviews@northwind.example");
        mailSettings.save(server, null, "report test");
        delivery.save(true, "cfo@northwind.example; risk@northwind.example");
        try {
            int sent = MonthlyReportJob.sendDueReports(tenants, delivery);

            YearMonth lastMonth = thisMonth().minusMonths(1);
            assertThat(sent).isEqualTo(1);
            MimeMessage[] received = smtp.getReceivedMessages();
            assertThat(received).hasSize(2);
            assertThat(received).extracting(message -> message.getAllRecipients()[0].toString())
                    .containsExactlyInAnyOrder("cfo@northwind.example", "risk@northwind.example");
            assertThat(received[0].getSubject()).contains("review report " + lastMonth);
            Multipart parts = (Multipart) received[0].getContent();
            assertThat(parts.getBodyPart(1).getFileName()).isEqualTo("review-report-" + lastMonth + ".pdf");

            assertThat(MonthlyReportJob.sendDueReports(tenants, delivery)).as("a second pass sends nothing").isZero();
            assertThat(smtp.getReceivedMessages()).hasSize(2);
            actAs(LENDER, "tenant-admin");
            assertThat(delivery.current().getLastSentMonth()).isEqualTo(lastMonth);
        } finally {
            actAs(LENDER, "tenant-admin");
            delivery.save(false, "");
            MailSettings stored = mailSettings.current();
            stored.setEnabled(false);
            mailSettings.save(stored, null, "test clean-up");
            smtp.stop();
        }
    }

    @Test
    void a_report_that_could_not_be_delivered_is_tried_again_on_the_next_pass() {
        actAs(WEALTH, "tenant-admin");
        delivery.save(true, "cfo@jade.example");
        try {
            // No mail server is set up for this tenant: nothing goes out, and the month is not marked as sent.
            assertThat(MonthlyReportJob.sendDueReports(tenants, delivery)).isZero();
            actAs(WEALTH, "tenant-admin");
            assertThat(delivery.current().getLastSentMonth()).isNull();
        } finally {
            actAs(WEALTH, "tenant-admin");
            delivery.save(false, "");
        }
    }

    @Test
    void recipients_must_be_email_addresses_and_delivery_needs_one() {
        actAs(LENDER, "tenant-admin");
        assertThatThrownBy(() -> delivery.save(true, "cfo@northwind.example, the boss"))
                .isInstanceOfSatisfying(UserFacingException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("dashboard.error.recipient");
                    assertThat(e.arguments()).containsExactly("the");
                });
        assertThatThrownBy(() -> delivery.save(true, " "))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("dashboard.error.noRecipients"));
    }

    private YearMonth thisMonth() {
        return YearMonth.from(clock.instant().atZone(ZoneId.of("Asia/Shanghai")));
    }

    private static String text(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString().replace('\u00a0', ' ').replaceAll(" {2,}", " ");
        } finally {
            reader.close();
        }
    }
}
