package com.crcloud.datasubject.service;

import com.crcloud.i18n.PdfFonts;
import com.crcloud.i18n.Translations;
import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.springframework.stereotype.Component;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The data-subject export as a readable A4 document: one heading per section of the JSON export and each record as
 * a table of field and value, nested lists (a loan's repayments, a case's steps) indented below their record. It
 * renders the same tree the JSON holds, so both exports always say the same. Chinese is set in the embedded Droid
 * Sans Fallback font like the other reports.
 */
@Component
public class SubjectDataPdf {

    private static final float MARGIN = 36f;
    private static final Color MUTED = new Color(0x60, 0x60, 0x60);
    private static final Color HEADER = new Color(0xE8, 0xE8, 0xE8);

    private final Translations translations;
    private final PdfFonts fonts;

    public SubjectDataPdf(Translations translations, PdfFonts fonts) {
        this.translations = translations;
        this.fonts = fonts;
    }

    /** Renders the export tree: its sections in order, each translated by {@code privacy.export.section.<name>}. */
    public byte[] render(Map<String, Object> export, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, MARGIN);
        PdfWriter.getInstance(document, out);
        String title = translations.getTranslation("privacy.export.title", locale);
        document.addTitle(title);
        document.open();
        document.add(new Paragraph(phrase(title, 14, Font.BOLD, Color.BLACK)));
        document.add(new Paragraph(phrase(translations.getTranslation("privacy.export.intro", locale), 8, Font.NORMAL, MUTED)));
        export.forEach((section, value) -> {
            document.add(new Paragraph(phrase(" ", 6, Font.NORMAL, Color.BLACK)));
            document.add(new Paragraph(phrase(translations.getTranslation("privacy.export.section." + section, locale), 11, Font.BOLD, Color.BLACK)));
            add(document, value, 0);
        });
        document.close();
        return out.toByteArray();
    }

    private void add(Document document, Object value, float indent) {
        if (value instanceof Map<?, ?> record) {
            if (record.values().stream().anyMatch(field -> !(field instanceof List<?> || field instanceof Map<?, ?>))) {
                document.add(table(record, indent));
            }
            record.forEach((field, nested) -> {
                if (nested instanceof List<?> || nested instanceof Map<?, ?>) {
                    Paragraph label = new Paragraph(phrase(String.valueOf(field), 8, Font.BOLD, MUTED));
                    label.setIndentationLeft(indent + 12);
                    document.add(label);
                    add(document, nested, indent + 12);
                }
            });
        } else if (value instanceof List<?> list) {
            if (list.isEmpty()) {
                Paragraph none = new Paragraph(phrase("\u2014", 8, Font.NORMAL, MUTED));
                none.setIndentationLeft(indent);
                document.add(none);
            }
            list.forEach(item -> add(document, item, indent));
        } else {
            Paragraph line = new Paragraph(phrase(value == null ? "\u2014" : String.valueOf(value), 8, Font.NORMAL, Color.BLACK));
            line.setIndentationLeft(indent);
            document.add(line);
        }
    }

    /** A record's scalar fields as two columns; nested records and lists follow the table. */
    private PdfPTable table(Map<?, ?> record, float indent) {
        PdfPTable table = new PdfPTable(new float[]{1, 3});
        table.setWidthPercentage(100 - indent / 5);
        table.setHorizontalAlignment(PdfPTable.ALIGN_RIGHT);
        table.setSpacingBefore(3f);
        record.forEach((field, value) -> {
            if (value instanceof List<?> || value instanceof Map<?, ?>) {
                return;
            }
            table.addCell(cell(phrase(String.valueOf(field), 7.5f, Font.BOLD, Color.BLACK), HEADER));
            table.addCell(cell(phrase(value == null ? "\u2014" : String.valueOf(value), 7.5f, Font.NORMAL, Color.BLACK), null));
        });
        return table;
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
