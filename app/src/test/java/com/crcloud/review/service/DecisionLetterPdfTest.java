package com.crcloud.review.service;

import com.crcloud.review.domain.DecisionOutcome;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The decision letter says what was decided and why, in English or Chinese, and reads back from the PDF. */
class DecisionLetterPdfTest {

    private static final LocalDate MARCH_5 = LocalDate.of(2026, 3, 5);

    private final DecisionLetterPdf pdf = new DecisionLetterPdf(new com.crcloud.i18n.PdfFonts());

    @Test
    void an_approval_letter_states_the_outcome_each_reason_and_the_date_in_the_locale_long_style() throws IOException {
        String text = textOf(pdf.render(approval(Locale.UK)));

        assertThat(text).contains("Northwind Lending", "5 March 2026", "Case reference: NW-2026-0042",
                "Dear Anna Schmidt,", "your application has been approved.",
                "Our decision is based on the following:",
                "Your income covers the requested limit comfortably.", "No adverse credit records were found.",
                "Yours sincerely,", "Decided by: Ben Carter");
        assertThat(textOf(pdf.render(approval(Locale.US)))).contains("March 5, 2026");
    }

    @Test
    void an_approval_letter_states_the_limit_pricing_band_and_service_plan() throws IOException {
        String text = textOf(pdf.render(approval(Locale.UK)));

        assertThat(text).contains("The terms of your approval:", "Credit limit", "€50,000.00", "Pricing band", "B2",
                "Service plan", "Premium", "Your case will next be reviewed on 5 March 2027.");
    }

    @Test
    void terms_without_a_value_are_left_out() throws IOException {
        DecisionLetter onlyBand = new DecisionLetter("Northwind Lending", "NW-2026-0043", "Anna Schmidt", List.of(),
                Locale.UK, MARCH_5, DecisionOutcome.APPROVED, List.of(), null, null, "C1", null, null, "Ben Carter");

        String text = textOf(pdf.render(onlyBand));

        assertThat(text).contains("Pricing band", "C1")
                .doesNotContain("Credit limit", "Service plan", "next be reviewed", "Our decision is based on");
    }

    @Test
    void a_limit_without_a_currency_is_printed_as_a_plain_number() throws IOException {
        DecisionLetter noCurrency = new DecisionLetter("Northwind Lending", "NW-2026-0044", "Anna Schmidt", List.of(),
                Locale.UK, MARCH_5, DecisionOutcome.APPROVED, List.of(), new BigDecimal("12500"), null, null, null,
                null, "Ben Carter");

        assertThat(textOf(pdf.render(noCurrency))).contains("Credit limit", "12,500").doesNotContain("€", "£");
    }

    @Test
    void a_rejection_letter_gives_its_reasons_and_no_approval_terms() throws IOException {
        DecisionLetter rejection = new DecisionLetter("Northwind Lending", "NW-2026-0045", "Anna Schmidt",
                List.of("Flat 2", "10 High Street", "London SW1A 1AA"), Locale.UK, MARCH_5, DecisionOutcome.REJECTED,
                List.of("Your debts exceed 60% of your income."), new BigDecimal("50000"), "EUR", "B2", "Premium",
                null, "Ben Carter");

        String text = textOf(pdf.render(rejection));

        assertThat(text).contains("we are unable to approve your application.", "The reasons for our decision are:",
                        "Your debts exceed 60% of your income.", "Flat 2", "10 High Street", "London SW1A 1AA")
                .doesNotContain("Credit limit", "€50,000.00", "Pricing band", "Service plan", "has been approved",
                        "information listed above");
    }

    @Test
    void a_request_for_more_information_lists_what_is_needed_and_asks_the_customer_to_send_it() throws IOException {
        DecisionLetter request = new DecisionLetter("Northwind Lending", "NW-2026-0046", "Anna Schmidt", List.of(),
                Locale.UK, MARCH_5, DecisionOutcome.MORE_INFO_REQUESTED,
                List.of("Your last three payslips.", "A bank statement not older than one month."), null, null, null,
                null, null, "Ben Carter");

        String text = textOf(pdf.render(request));

        assertThat(text).contains("we need further information from you.", "We need the following:",
                "Your last three payslips.", "A bank statement not older than one month.",
                "Please send us the information listed above, quoting reference NW-2026-0046")
                .doesNotContain("Credit limit", "has been approved");
    }

    @Test
    void a_chinese_letter_reads_back_with_the_customer_name_and_chinese_texts() throws IOException {
        // OpenPDF's extractor guesses spaces from glyph gaps ("建国路 88号"); Chinese text has none to lose.
        String text = textOf(pdf.render(chineseApproval())).replaceAll("\\s", "");

        assertThat(text).contains("玉石财富", "2026年3月5日", "案件编号：JW-2026-0007", "王小明", "北京市朝阳区建国路88号", "100022",
                "尊敬的王小明：", "我们很高兴地通知您，您的申请已获批准。", "收入稳定，足以覆盖所申请的额度。",
                "信用额度", "¥500,000.00", "定价档次", "A1", "服务方案", "尊享理财", "审批人：李经理");
        assertThat(text).doesNotContain("Dear", "Creditlimit", "approved");
    }

    @Test
    void the_chinese_font_travels_inside_the_pdf_so_any_viewer_can_show_it() throws IOException {
        PdfReader reader = new PdfReader(pdf.render(chineseApproval()));
        try {
            PdfDictionary fonts = reader.getPageN(1).getAsDict(PdfName.RESOURCES).getAsDict(PdfName.FONT);
            List<String> embeddedSubsets = new ArrayList<>();
            for (PdfName name : fonts.getKeys()) {
                PdfDictionary font = fonts.getAsDict(name);
                if (PdfName.TYPE0.equals(font.getAsName(PdfName.SUBTYPE))) {
                    PdfDictionary descendant = font.getAsArray(PdfName.DESCENDANTFONTS).getAsDict(0);
                    PdfDictionary descriptor = descendant.getAsDict(PdfName.FONTDESCRIPTOR);
                    if (descriptor.get(PdfName.FONTFILE2) != null) {
                        embeddedSubsets.add(font.getAsName(PdfName.BASEFONT).toString());
                    }
                }
            }
            assertThat(embeddedSubsets).singleElement().asString().matches("/[A-Z]{6}\\+DroidSansFallback.*");
        } finally {
            reader.close();
        }
    }

    @Test
    void every_page_footer_carries_the_case_reference_and_page_number() throws IOException {
        List<String> manyReasons = IntStream.rangeClosed(1, 60).mapToObj(i -> "Finding number " + i + ".").toList();
        DecisionLetter longLetter = new DecisionLetter("Northwind Lending", "NW-2026-0047", "Anna Schmidt", List.of(),
                Locale.UK, MARCH_5, DecisionOutcome.REJECTED, manyReasons, null, null, null, null, null, "Ben Carter");

        List<String> pages = pagesOf(pdf.render(longLetter));

        assertThat(pages).hasSizeGreaterThan(1);
        for (int page = 1; page <= pages.size(); page++) {
            assertThat(pages.get(page - 1)).contains("Reference NW-2026-0047 · page " + page);
        }
        assertThat(String.join("\n", pages)).contains("Finding number 1.", "Finding number 60.");
        assertThat(pagesOf(pdf.render(chineseApproval())).get(0)).contains("参考编号 JW-2026-0007 · 第 1 页");
    }

    @Test
    void a_traditional_chinese_locale_gets_the_chinese_letter_and_other_languages_the_english_one() throws IOException {
        DecisionLetter taiwan = withLocale(chineseApproval(), Locale.TRADITIONAL_CHINESE);
        DecisionLetter german = withLocale(approval(Locale.UK), Locale.GERMANY);

        assertThat(textOf(pdf.render(taiwan))).contains("尊敬的王小明：");
        assertThat(textOf(pdf.render(german))).contains("Dear Anna Schmidt,", "5. März 2026", "50.000,00 €");
    }

    @Test
    void the_letter_keeps_its_own_copy_of_address_and_reasons() {
        List<String> reasons = new ArrayList<>(List.of("First reason."));
        DecisionLetter letter = new DecisionLetter("Northwind Lending", "NW-2026-0048", "Anna Schmidt", List.of(),
                Locale.UK, MARCH_5, DecisionOutcome.REJECTED, reasons, null, null, null, null, null, "Ben Carter");

        reasons.add("Added later.");

        assertThat(letter.reasons()).containsExactly("First reason.");
        assertThatThrownBy(() -> letter.reasons().add("x")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void english_and_chinese_letter_texts_have_the_same_keys_and_cover_every_outcome() throws IOException {
        Properties english = load("i18n/letter.properties");
        Properties chinese = load("i18n/letter_zh_CN.properties");

        assertThat(new TreeSet<>(chinese.stringPropertyNames())).isEqualTo(new TreeSet<>(english.stringPropertyNames()));
        for (DecisionOutcome outcome : DecisionOutcome.values()) {
            assertThat(english.stringPropertyNames()).contains("letter.outcome." + outcome.name(),
                    "letter.reasons." + outcome.name());
        }
        assertThat(chinese.stringPropertyNames()).allSatisfy(key ->
                assertThat(chinese.getProperty(key)).as(key).isNotEqualTo(english.getProperty(key)));
    }

    private static DecisionLetter approval(Locale locale) {
        return new DecisionLetter("Northwind Lending", "NW-2026-0042", "Anna Schmidt",
                List.of("Flat 2", "10 High Street", "London SW1A 1AA"), locale, MARCH_5, DecisionOutcome.APPROVED,
                List.of("Your income covers the requested limit comfortably.", "No adverse credit records were found."),
                new BigDecimal("50000"), "EUR", "B2", "Premium", LocalDate.of(2027, 3, 5), "Ben Carter");
    }

    private static DecisionLetter chineseApproval() {
        return new DecisionLetter("玉石财富", "JW-2026-0007", "王小明", List.of("北京市朝阳区建国路88号", "100022"),
                Locale.SIMPLIFIED_CHINESE, MARCH_5, DecisionOutcome.APPROVED,
                List.of("收入稳定，足以覆盖所申请的额度。", "未发现不良信用记录。"),
                new BigDecimal("500000"), "CNY", "A1", "尊享理财", LocalDate.of(2027, 3, 5), "李经理");
    }

    private static DecisionLetter withLocale(DecisionLetter letter, Locale locale) {
        return new DecisionLetter(letter.tenantName(), letter.caseReference(), letter.customerName(),
                letter.addressLines(), locale, letter.date(), letter.outcome(), letter.reasons(), letter.creditLimit(),
                letter.currency(), letter.pricingBand(), letter.servicePlan(), letter.nextReviewDate(),
                letter.decidedBy());
    }

    private static String textOf(byte[] pdf) throws IOException {
        return String.join("\n", pagesOf(pdf));
    }

    private static List<String> pagesOf(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            List<String> pages = new ArrayList<>();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                pages.add(extractor.getTextFromPage(page).replace('\u00a0', ' ').replaceAll(" {2,}", " "));
            }
            return pages;
        } finally {
            reader.close();
        }
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = DecisionLetterPdfTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
