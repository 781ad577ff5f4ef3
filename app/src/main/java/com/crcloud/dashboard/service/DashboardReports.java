package com.crcloud.dashboard.service;

import com.crcloud.i18n.Translations;
import com.crcloud.plugin.api.RiskClass;
import com.crcloud.review.domain.CaseStage;
import com.crcloud.tenant.context.TenantContext;
import com.crcloud.tenant.provisioning.TenantRegistryService;
import com.crcloud.tenant.user.Authorities;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontSelector;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;

import java.awt.Color;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The review report: the dashboard's figures for a period as a PDF with charts drawn on the server (Java2D, no
 * browser) and as CSV for spreadsheets. The PDF is set in the embedded Droid Sans Fallback font the decision
 * letters use, so Chinese and Latin text look the same in every viewer; the CSV is machine-readable (metric
 * names and plain decimals, UTF-8), whatever the reader's language.
 */
@Service
public class DashboardReports {

    private static final String FONT = "fonts/DroidSansFallbackFull.ttf";
    private static final Color APPROVED = new Color(0x2E, 0x7D, 0x32);
    private static final Color REJECTED = new Color(0xC6, 0x28, 0x28);
    private static final Color OPENED = new Color(0x15, 0x65, 0xC0);
    private static final Map<RiskClass, Color> RISK_COLORS = Map.of(RiskClass.LOW, new Color(0x43, 0xA0, 0x47),
            RiskClass.MEDIUM, new Color(0xF9, 0xA8, 0x25), RiskClass.HIGH, new Color(0xE5, 0x39, 0x35));

    private final DashboardService dashboards;
    private final TenantRegistryService tenants;
    private final Translations translations;
    private final byte[] font;
    private final java.awt.Font chartFont;

    public DashboardReports(DashboardService dashboards, TenantRegistryService tenants, Translations translations) {
        this.dashboards = dashboards;
        this.tenants = tenants;
        this.translations = translations;
        try (InputStream in = DashboardReports.class.getClassLoader().getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IOException(FONT + " is missing from the class path");
            }
            font = in.readAllBytes();
            chartFont = java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, new ByteArrayInputStream(font));
        } catch (IOException | FontFormatException e) {
            throw new IllegalStateException("Cannot load the report font", e);
        }
    }

    public String fileName(DashboardFilter filter, String extension) {
        String period = filter.from().equals(filter.to()) ? filter.from().toString() : filter.from() + "_" + filter.to();
        StringBuilder name = new StringBuilder("review-report-").append(period);
        for (Optional<String> part : List.of(filter.product(), filter.team(), filter.reviewer())) {
            part.ifPresent(value -> name.append('-').append(value.replaceAll("[^A-Za-z0-9._-]", "_")));
        }
        return name.append('.').append(extension).toString();
    }

    /** The report as CSV: one row per figure, {@code section,metric,key,value}. */
    @Secured({Authorities.TENANT_ADMIN, Authorities.COMPLIANCE_OFFICER})
    public byte[] csv(DashboardFilter filter) {
        Dashboard d = dashboards.load(filter);
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader("section", "metric", "key", "value").get())) {
            csv.printRecord("period", "from", "", filter.from());
            csv.printRecord("period", "to", "", filter.to());
            csv.printRecord("period", "product", "", filter.product().orElse(""));
            csv.printRecord("period", "team", "", filter.team().orElse(""));
            csv.printRecord("period", "reviewer", "", filter.reviewer().orElse(""));
            csv.printRecord("volume", "opened", "", d.volume().opened());
            d.volume().openedBy().forEach((trigger, count) -> print(csv, "volume", "openedBy", trigger.name(), count));
            csv.printRecord("volume", "approved", "", d.volume().approved());
            csv.printRecord("volume", "rejected", "", d.volume().rejected());
            csv.printRecord("volume", "moreInfoRequests", "", d.volume().moreInfoRequests());
            csv.printRecord("volume", "approvalRate", "", decimal(d.volume().approvalRate()));
            csv.printRecord("volume", "moreInfoRate", "", decimal(d.volume().moreInfoRate()));
            csv.printRecord("volume", "autoDecided", "", d.volume().autoDecided());
            csv.printRecord("volume", "autoDecidedRate", "", decimal(d.volume().autoDecidedRate()));
            csv.printRecord("timing", "medianHoursToDecision", "", decimal(d.timing().medianHoursToDecision()));
            csv.printRecord("timing", "p90HoursToDecision", "", decimal(d.timing().p90HoursToDecision()));
            csv.printRecord("timing", "slaBreaches", "", d.timing().slaBreaches());
            d.timing().stages().forEach((stage, time) -> {
                print(csv, "stage", "entered", stage.name(), time.entered());
                print(csv, "stage", "left", stage.name(), time.left());
                print(csv, "stage", "averageHours", stage.name(), decimal(time.averageHours()));
                print(csv, "stage", "slaBreaches", stage.name(), time.slaBreaches());
            });
            csv.printRecord("backlog", "open", "", d.backlog().open());
            csv.printRecord("backlog", "overdue", "", d.backlog().overdue());
            d.backlog().byStage().forEach((stage, count) -> print(csv, "backlog", "byStage", stage.name(), count));
            d.backlog().byAge().forEach((age, count) -> print(csv, "backlog", "byAge", age.name(), count));
            d.risk().classes().forEach((riskClass, count) -> print(csv, "risk", "class", riskClass.name(), count));
            d.risk().tiers().forEach((tier, count) -> print(csv, "risk", "tier", tier, count));
            csv.printRecord("risk", "assessed", "", d.risk().assessed());
            csv.printRecord("risk", "overridden", "", d.risk().overridden());
            csv.printRecord("risk", "overriddenUp", "", d.risk().overriddenUp());
            csv.printRecord("risk", "overriddenDown", "", d.risk().overriddenDown());
            csv.printRecord("risk", "overrideRate", "", decimal(d.risk().overrideRate()));
            csv.printRecord("screening", "screened", "", d.screening().screened());
            csv.printRecord("screening", "hits", "", d.screening().hits());
            csv.printRecord("screening", "falsePositives", "", d.screening().falsePositives());
            csv.printRecord("screening", "hitRate", "", decimal(d.screening().hitRate()));
            csv.printRecord("screening", "falsePositiveRate", "", decimal(d.screening().falsePositiveRate()));
            csv.printRecord("customers", "csatResponses", "", d.customers().csatResponses());
            csv.printRecord("customers", "csatAverage", "", decimal(d.customers().csatAverage()));
            csv.printRecord("customers", "csatSatisfiedRate", "", decimal(d.customers().csatSatisfiedRate()));
            csv.printRecord("customers", "npsResponses", "", d.customers().npsResponses());
            csv.printRecord("customers", "nps", "", decimal(d.customers().nps()));
            csv.printRecord("customers", "complaintsReceived", "", d.customers().complaintsReceived());
            d.customers().complaintsByCategory().forEach((category, count) -> print(csv, "customers", "complaintsByCategory", category, count));
            csv.printRecord("customers", "complaintsResolved", "", d.customers().complaintsResolved());
            csv.printRecord("customers", "averageResolutionHours", "", decimal(d.customers().averageResolutionHours()));
            csv.printRecord("customers", "complaintsOpen", "", d.customers().complaintsOpen());
            csv.printRecord("monitoring", "reReviewsOpened", "", d.monitoring().reReviewsOpened());
            csv.printRecord("monitoring", "reReviewsDone", "", d.monitoring().reReviewsDone());
            csv.printRecord("monitoring", "reReviewsOverdue", "", d.monitoring().reReviewsOverdue());
            csv.printRecord("monitoring", "customersDueWithoutCase", "", d.monitoring().customersDueWithoutCase());
            csv.printRecord("monitoring", "customersRiskChanged", "", d.monitoring().customersRiskChanged());
            csv.printRecord("monitoring", "riskRaised", "", d.monitoring().riskRaised());
            csv.printRecord("monitoring", "riskLowered", "", d.monitoring().riskLowered());
            for (Dashboard.Month month : d.months()) {
                String key = month.month().toString();
                csv.printRecord("month", "opened", key, month.opened());
                csv.printRecord("month", "approved", key, month.approved());
                csv.printRecord("month", "rejected", key, month.rejected());
                for (RiskClass riskClass : RiskClass.values()) {
                    csv.printRecord("month", "class." + riskClass.name(), key, month.classes().getOrDefault(riskClass, 0L));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The report as an A4 PDF in the given language: KPI table, charts, time per stage and complaints. */
    @Secured({Authorities.TENANT_ADMIN, Authorities.COMPLIANCE_OFFICER})
    public byte[] pdf(DashboardFilter filter, Locale locale) {
        Dashboard d = dashboards.load(filter);
        Locale language = Translations.supported(locale);
        String tenantName = tenants.find(TenantContext.requireTenantId()).map(tenant -> tenant.getDisplayName())
                .orElse(TenantContext.requireTenantId());
        Fonts body = fonts(10, false);
        Fonts bold = fonts(10, true);
        Fonts title = fonts(18, true);
        Fonts heading = fonts(13, true);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 50, 50, 50, 50);
        PdfWriter.getInstance(document, out);
        document.addTitle(t(language, "dashboard.report.title"));
        document.addAuthor(tenantName);
        document.open();
        document.add(new Paragraph(title.phrase(tenantName + " · " + t(language, "dashboard.report.title"))));
        String period = filter.from().equals(filter.to()) ? filter.from().toString() : filter.from() + " – " + filter.to();
        document.add(new Paragraph(body.phrase(t(language, "dashboard.report.period", period)
                + filter.product().map(name -> " · " + t(language, "dashboard.product") + ": " + name).orElse("")
                + filter.team().map(name -> " · " + t(language, "dashboard.team") + ": " + name).orElse("")
                + filter.reviewer().map(name -> " · " + t(language, "dashboard.reviewer") + ": " + name).orElse(""))));

        document.add(section(t(language, "dashboard.report.figures"), heading));
        PdfPTable kpis = new PdfPTable(new float[]{3, 1.4f, 3, 1.4f});
        kpis.setWidthPercentage(100);
        List<String[]> rows = new ArrayList<>();
        rows.add(kpi(language, "opened", Long.toString(d.volume().opened())));
        rows.add(kpi(language, "decided", Long.toString(d.volume().decided())));
        rows.add(kpi(language, "approvalRate", percent(d.volume().approvalRate(), language)));
        rows.add(kpi(language, "moreInfoRate", percent(d.volume().moreInfoRate(), language)));
        rows.add(kpi(language, "autoDecidedRate", percent(d.volume().autoDecidedRate(), language)));
        rows.add(kpi(language, "medianHours", number(d.timing().medianHoursToDecision(), language)));
        rows.add(kpi(language, "p90Hours", number(d.timing().p90HoursToDecision(), language)));
        rows.add(kpi(language, "slaBreaches", Long.toString(d.timing().slaBreaches())));
        rows.add(kpi(language, "overdue", d.backlog().overdue() + " / " + d.backlog().open()));
        rows.add(kpi(language, "overrideRate", percent(d.risk().overrideRate(), language)));
        rows.add(kpi(language, "screeningHitRate", percent(d.screening().hitRate(), language)));
        rows.add(kpi(language, "falsePositiveRate", percent(d.screening().falsePositiveRate(), language)));
        rows.add(kpi(language, "csat", number(d.customers().csatAverage(), language)));
        rows.add(kpi(language, "nps", number(d.customers().nps(), language)));
        rows.add(kpi(language, "complaints", Long.toString(d.customers().complaintsReceived())));
        rows.add(kpi(language, "reReviews", d.monitoring().reReviewsDone() + " / " + d.monitoring().reReviewsOpened()));
        rows.add(kpi(language, "reReviewsOverdue", Long.toString(d.monitoring().reReviewsOverdue())));
        rows.add(kpi(language, "riskChanged", Long.toString(d.monitoring().customersRiskChanged())));
        if (rows.size() % 2 == 1) {
            // Two figures per table row: an incomplete last row would not be printed.
            rows.add(new String[]{"", ""});
        }
        for (String[] row : rows) {
            kpis.addCell(cell(row[0], body));
            kpis.addCell(cell(row[1], bold));
        }
        document.add(kpis);

        List<String> months = d.months().stream().map(month -> month.month().toString()).toList();
        document.add(section(t(language, "dashboard.chart.trend"), heading));
        document.add(chart(months, List.of(
                new BarChartImage.Series(t(language, "dashboard.series.opened"), OPENED, d.months().stream().map(Dashboard.Month::opened).toList()),
                new BarChartImage.Series(t(language, "case.stage.APPROVED"), APPROVED, d.months().stream().map(Dashboard.Month::approved).toList()),
                new BarChartImage.Series(t(language, "case.stage.REJECTED"), REJECTED, d.months().stream().map(Dashboard.Month::rejected).toList()))));
        document.add(section(t(language, "dashboard.chart.risk"), heading));
        List<BarChartImage.Series> risk = new ArrayList<>();
        for (RiskClass riskClass : RiskClass.values()) {
            risk.add(new BarChartImage.Series(t(language, "risk." + riskClass.name()), RISK_COLORS.get(riskClass),
                    d.months().stream().map(month -> month.classes().getOrDefault(riskClass, 0L)).toList()));
        }
        document.add(chart(months, risk));

        document.newPage();
        document.add(section(t(language, "dashboard.chart.backlog"), heading));
        List<CaseStage> open = List.of(CaseStage.COLLECTING, CaseStage.VERIFYING, CaseStage.ASSESSING, CaseStage.AWAITING_APPROVAL,
                CaseStage.MORE_INFO_REQUESTED);
        document.add(chart(open.stream().map(stage -> t(language, "case.stage." + stage.name())).toList(), List.of(
                new BarChartImage.Series(t(language, "dashboard.chart.backlog"), OPENED,
                        open.stream().map(stage -> d.backlog().byStage().getOrDefault(stage, 0L)).toList()))));

        document.add(section(t(language, "dashboard.chart.stageTime"), heading));
        PdfPTable stages = new PdfPTable(new float[]{3, 1.5f, 1.5f, 1.5f});
        stages.setWidthPercentage(100);
        for (String header : List.of("case.stage", "dashboard.report.entered", "dashboard.report.averageHours", "dashboard.kpi.slaBreaches")) {
            stages.addCell(cell(t(language, header), bold));
        }
        for (CaseStage stage : CaseStage.values()) {
            Dashboard.StageTime time = d.timing().stages().get(stage);
            stages.addCell(cell(t(language, "case.stage." + stage.name()), body));
            stages.addCell(cell(time == null ? "0" : Long.toString(time.entered()), body));
            stages.addCell(cell(time == null ? "–" : number(time.averageHours(), language), body));
            stages.addCell(cell(time == null ? "0" : Long.toString(time.slaBreaches()), body));
        }
        document.add(stages);

        document.add(section(t(language, "dashboard.chart.complaints"), heading));
        PdfPTable complaints = new PdfPTable(new float[]{3, 1.5f});
        complaints.setWidthPercentage(60);
        complaints.setHorizontalAlignment(Element.ALIGN_LEFT);
        d.customers().complaintsByCategory().forEach((category, count) -> {
            complaints.addCell(cell(t(language, "complaint.category." + category), body));
            complaints.addCell(cell(Long.toString(count), body));
        });
        complaints.addCell(cell(t(language, "dashboard.report.averageResolutionHours"), body));
        complaints.addCell(cell(number(d.customers().averageResolutionHours(), language), body));
        document.add(complaints);
        document.close();
        return out.toByteArray();
    }

    /**
     * Built-in Helvetica for Latin text and digits (Droid Sans Fallback has no Latin glyphs), the embedded font for
     * everything else, chosen character by character.
     */
    private record Fonts(com.lowagie.text.Font latin, com.lowagie.text.Font cjk) {

        Phrase phrase(String text) {
            FontSelector selector = new FontSelector();
            selector.addFont(latin);
            selector.addFont(cjk);
            return selector.process(text);
        }
    }

    private Fonts fonts(float size, boolean bold) {
        try {
            BaseFont latin = BaseFont.createFont(bold ? BaseFont.HELVETICA_BOLD : BaseFont.HELVETICA, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
            BaseFont cjk = BaseFont.createFont(FONT, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, font, null);
            return new Fonts(new com.lowagie.text.Font(latin, size), new com.lowagie.text.Font(cjk, size,
                    bold ? com.lowagie.text.Font.BOLD : com.lowagie.text.Font.NORMAL));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Image chart(List<String> categories, List<BarChartImage.Series> series) {
        try {
            Image image = Image.getInstance(BarChartImage.render(chartFont, categories, series));
            image.scaleToFit(PageSize.A4.getWidth() - 100, 220);
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Paragraph section(String text, Fonts font) {
        Paragraph paragraph = new Paragraph(font.phrase(text));
        paragraph.setSpacingBefore(14);
        paragraph.setSpacingAfter(6);
        return paragraph;
    }

    private static PdfPCell cell(String text, Fonts font) {
        PdfPCell cell = new PdfPCell(font.phrase(text));
        cell.setPadding(4);
        cell.setBorderColor(new Color(0xDD, 0xDD, 0xDD));
        return cell;
    }

    private String[] kpi(Locale language, String name, String value) {
        return new String[]{t(language, "dashboard.kpi." + name), value};
    }

    private String t(Locale language, String key, Object... arguments) {
        return translations.getTranslation(key, language, arguments);
    }

    private static String percent(Double rate, Locale language) {
        if (rate == null) {
            return "–";
        }
        NumberFormat format = NumberFormat.getPercentInstance(language);
        format.setMaximumFractionDigits(1);
        return format.format(rate);
    }

    private static String number(Double value, Locale language) {
        if (value == null) {
            return "–";
        }
        NumberFormat format = NumberFormat.getNumberInstance(language);
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }

    private static String decimal(Double value) {
        return value == null ? "" : String.format(Locale.ROOT, "%.4f", value);
    }

    private static void print(CSVPrinter csv, Object... values) {
        try {
            csv.printRecord(values);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
