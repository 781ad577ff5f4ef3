package com.crcloud.review.service;

import com.crcloud.i18n.PdfFonts;
import com.crcloud.review.domain.DecisionOutcome;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.ListItem;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.draw.LineSeparator;
import org.springframework.stereotype.Component;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * Renders a {@link DecisionLetter} as an A4 business letter in the letter's language.
 * <p>
 * Chinese needs a font that travels with the product: Droid Sans Fallback ships in the jar and is embedded as a
 * subset of the glyphs a letter uses, so the letter looks the same in every viewer, whatever fonts the server or
 * the reader's machine has. OpenPDF's built-in STSong-Light would cost nothing in the jar but is never embedded:
 * viewers without Adobe's Asian font pack draw empty boxes instead of the customer's name. English letters are set
 * in the built-in Helvetica and fall back to the embedded font only for characters Helvetica lacks, such as a
 * Chinese name.
 */
@Component
public class DecisionLetterPdf {

    private static final String BUNDLE = "i18n.letter";

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final float MARGIN = 72f;
    private static final float BODY_SIZE = 11f;
    private static final float LETTERHEAD_SIZE = 18f;
    private static final float FOOTER_SIZE = 8f;
    private static final Color MUTED = new Color(0x60, 0x60, 0x60);

    private final PdfFonts fonts;

    public DecisionLetterPdf(PdfFonts fonts) {
        this.fonts = fonts;
    }

    public byte[] render(DecisionLetter letter) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, MARGIN);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        Composer composer = new Composer(letter, document);
        writer.setPageEvent(composer.footer());
        document.addTitle(composer.text("letter.title"));
        document.addAuthor(letter.tenantName());
        document.open();
        composer.compose();
        document.close();
        return out.toByteArray();
    }

    /**
     * Letters exist in English and Simplified Chinese: any Chinese locale gets Chinese, as in the UI, and the
     * server's default locale never decides the language.
     */
    private static Locale language(Locale locale) {
        return Locale.CHINESE.getLanguage().equals(locale.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
    }

    /** Lays out one letter; lives for one {@link #render} call. */
    private final class Composer {

        private final DecisionLetter letter;
        private final ResourceBundle texts;
        private final Document document;
        private final boolean chinese;

        Composer(DecisionLetter letter, Document document) {
            Locale language = language(letter.locale());
            this.letter = letter;
            this.texts = ResourceBundle.getBundle(BUNDLE, language, NO_FALLBACK);
            this.document = document;
            this.chinese = Locale.SIMPLIFIED_CHINESE.equals(language);
        }

        void compose() {
            letterhead();
            document.add(paragraph(date(letter.date()), Element.ALIGN_RIGHT, 18));
            document.add(paragraph(text("letter.caseReference", letter.caseReference()), Element.ALIGN_LEFT, 0));
            addressBlock();
            document.add(heading(text("letter.title"), 18));
            document.add(paragraph(text("letter.salutation", letter.customerName()), Element.ALIGN_LEFT, 12));
            document.add(paragraph(text("letter.outcome." + letter.outcome().name()), Element.ALIGN_LEFT, 8));
            reasons();
            if (letter.outcome() == DecisionOutcome.APPROVED) {
                terms();
            }
            if (letter.outcome() == DecisionOutcome.MORE_INFO_REQUESTED) {
                document.add(paragraph(text("letter.moreInfo.request", letter.caseReference()), Element.ALIGN_LEFT, 8));
            }
            if (letter.nextReviewDate() != null) {
                document.add(paragraph(text("letter.nextReview", date(letter.nextReviewDate())), Element.ALIGN_LEFT, 8));
            }
            closing();
        }

        PdfPageEventHelper footer() {
            return new PdfPageEventHelper() {
                @Override
                public void onEndPage(PdfWriter writer, Document page) {
                    Phrase footer = phrase(text("letter.footer", letter.caseReference(),
                            String.valueOf(writer.getPageNumber())), FOOTER_SIZE, Font.NORMAL, MUTED);
                    float centre = (page.left() + page.right()) / 2;
                    ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER, footer, centre,
                            page.bottom() - MARGIN / 2, 0);
                }
            };
        }

        private void letterhead() {
            document.add(new Paragraph(phrase(letter.tenantName(), LETTERHEAD_SIZE, Font.BOLD, Color.BLACK)));
            Chunk rule = new Chunk(new LineSeparator(0.5f, 100f, MUTED, Element.ALIGN_CENTER, 0));
            rule.setFont(fonts.latin(BODY_SIZE));
            document.add(new Paragraph(8, rule));
        }

        private void addressBlock() {
            List<String> lines = new ArrayList<>();
            lines.add(letter.customerName());
            lines.addAll(letter.addressLines());
            document.add(paragraph(String.join("\n", lines), Element.ALIGN_LEFT, 18));
        }

        private void reasons() {
            if (letter.reasons().isEmpty()) {
                return;
            }
            document.add(paragraph(text("letter.reasons." + letter.outcome().name()), Element.ALIGN_LEFT, 8));
            com.lowagie.text.List bullets = new com.lowagie.text.List(false, 14f);
            bullets.setListSymbol(new Chunk("\u2022", fonts.latin(BODY_SIZE)));
            bullets.setIndentationLeft(12f);
            for (String reason : letter.reasons()) {
                bullets.add(new ListItem(phrase(reason, BODY_SIZE, Font.NORMAL, Color.BLACK)));
            }
            document.add(bullets);
        }

        private void terms() {
            Map<String, String> terms = new LinkedHashMap<>();
            if (letter.creditLimit() != null) {
                terms.put(text("letter.creditLimit"), amount());
            }
            if (letter.pricingBand() != null) {
                terms.put(text("letter.pricingBand"), letter.pricingBand());
            }
            if (letter.servicePlan() != null) {
                terms.put(text("letter.servicePlan"), letter.servicePlan());
            }
            if (terms.isEmpty()) {
                return;
            }
            document.add(paragraph(text("letter.terms"), Element.ALIGN_LEFT, 8));
            PdfPTable table = new PdfPTable(new float[] {1, 2});
            table.setWidthPercentage(70);
            table.setHorizontalAlignment(Element.ALIGN_LEFT);
            table.setSpacingBefore(4);
            terms.forEach((label, value) -> {
                table.addCell(cell(phrase(label, BODY_SIZE, Font.NORMAL, MUTED)));
                table.addCell(cell(phrase(value, BODY_SIZE, Font.BOLD, Color.BLACK)));
            });
            document.add(table);
        }

        private void closing() {
            document.add(paragraph(text("letter.closing"), Element.ALIGN_LEFT, 24));
            document.add(paragraph(text("letter.decidedBy", letter.decidedBy()), Element.ALIGN_LEFT, 24));
            document.add(paragraph(letter.tenantName(), Element.ALIGN_LEFT, 0));
        }

        private String amount() {
            if (letter.currency() == null) {
                return NumberFormat.getNumberInstance(letter.locale()).format(letter.creditLimit());
            }
            NumberFormat format = NumberFormat.getCurrencyInstance(letter.locale());
            format.setCurrency(Currency.getInstance(letter.currency()));
            return format.format(letter.creditLimit());
        }

        private String date(LocalDate date) {
            return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(letter.locale()).format(date);
        }

        String text(String key, String... arguments) {
            return new MessageFormat(texts.getString(key), letter.locale()).format(arguments);
        }

        private Paragraph paragraph(String content, int alignment, float spacingBefore) {
            Paragraph paragraph = new Paragraph(phrase(content, BODY_SIZE, Font.NORMAL, Color.BLACK));
            paragraph.setAlignment(alignment);
            paragraph.setSpacingBefore(spacingBefore);
            return paragraph;
        }

        private Paragraph heading(String content, float spacingBefore) {
            Paragraph heading = new Paragraph(phrase(content, BODY_SIZE + 1, Font.BOLD, Color.BLACK));
            heading.setSpacingBefore(spacingBefore);
            return heading;
        }

        private PdfPCell cell(Phrase content) {
            PdfPCell cell = new PdfPCell(content);
            cell.setBorder(Rectangle.NO_BORDER);
            cell.setPaddingLeft(0);
            return cell;
        }

        /**
         * Sets text in the letter's main font, character by character falling back to the other one: Chinese letters
         * stay in one typeface throughout, English letters still show a Chinese name or address.
         */
        private Phrase phrase(String content, float size, int style, Color color) {
            return fonts.phrase(content, size, style, color, chinese);
        }
    }
}
