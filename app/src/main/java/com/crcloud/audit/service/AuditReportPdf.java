package com.crcloud.audit.service;

import com.crcloud.i18n.PdfFonts;
import com.crcloud.i18n.Translations;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import org.springframework.stereotype.Component;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The audit trail as a landscape A4 report: tenant, who exported, when, the filter, the rows, and the SHA-256 of
 * the rows as CSV on the first page and in every page's footer. Chinese is set in the same embedded Droid Sans
 * Fallback subset as the decision letters (see review's DecisionLetterPdf for why), Latin text in Helvetica.
 */
@Component
public class AuditReportPdf {

    private static final float MARGIN = 36f;
    private static final float BODY_SIZE = 7.5f;
    private static final Color MUTED = new Color(0x60, 0x60, 0x60);
    private static final float[] COLUMN_WIDTHS = {5, 11, 8, 9, 9, 24, 18, 5, 11};

    /** What the report shows; header and lines are already translated and formatted. */
    public record Report(String tenantName, String exportedBy, Instant exportedAt, ZoneId zone, String filter,
                         List<String> header, List<List<String>> lines, String sha256, Locale locale) {
    }

    private final Translations translations;
    private final PdfFonts fonts;

    public AuditReportPdf(Translations translations, PdfFonts fonts) {
        this.translations = translations;
        this.fonts = fonts;
    }

    public byte[] render(Report report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), MARGIN, MARGIN, MARGIN, MARGIN);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        Locale locale = report.locale();
        String title = translations.getTranslation("audit.report.title", locale);
        writer.setPageEvent(new PdfPageEventHelper() {
            @Override
            public void onEndPage(PdfWriter pdf, Document page) {
                Phrase footer = phrase(translations.getTranslation("audit.report.footer", locale, report.sha256(),
                        String.valueOf(pdf.getPageNumber())), 7, Font.NORMAL, MUTED);
                ColumnText.showTextAligned(pdf.getDirectContent(), Element.ALIGN_CENTER, footer,
                        (page.left() + page.right()) / 2, page.bottom() - MARGIN / 2, 0);
            }
        });
        document.addTitle(title);
        document.addAuthor(report.exportedBy());
        document.addSubject(report.sha256());
        document.open();
        document.add(new Paragraph(phrase(report.tenantName() + " \u2014 " + title, 14, Font.BOLD, Color.BLACK)));
        String at = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(report.exportedAt().atZone(report.zone())) + " (" + report.zone() + ")";
        for (String line : List.of(
                translations.getTranslation("audit.report.exportedBy", locale, report.exportedBy()),
                translations.getTranslation("audit.report.exportedAt", locale, at),
                translations.getTranslation("audit.report.filter", locale, report.filter()),
                translations.getTranslation("audit.report.count", locale, report.lines().size()),
                translations.getTranslation("audit.report.hash", locale, report.sha256()))) {
            document.add(new Paragraph(phrase(line, 9, Font.NORMAL, Color.BLACK)));
        }
        document.add(new Paragraph(phrase(" ", 6, Font.NORMAL, Color.BLACK)));
        PdfPTable table = new PdfPTable(COLUMN_WIDTHS);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String heading : report.header()) {
            table.addCell(cell(phrase(heading, BODY_SIZE, Font.BOLD, Color.BLACK), new Color(0xE8, 0xE8, 0xE8)));
        }
        for (List<String> line : report.lines()) {
            for (String value : line) {
                table.addCell(cell(phrase(value, BODY_SIZE, Font.NORMAL, Color.BLACK), null));
            }
        }
        document.add(table);
        document.close();
        return out.toByteArray();
    }

    private static PdfPCell cell(Phrase content, Color background) {
        PdfPCell cell = new PdfPCell(content);
        cell.setPadding(2f);
        cell.setBorderColor(new Color(0xC0, 0xC0, 0xC0));
        if (background != null) {
            cell.setBackgroundColor(background);
        }
        return cell;
    }

    private Phrase phrase(String content, float size, int style, Color color) {
        return fonts.phrase(content, size, style, color);
    }
}
