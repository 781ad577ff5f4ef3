package com.crcloud.i18n;

import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontSelector;
import org.springframework.stereotype.Component;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The fonts of every PDF the product writes (decision letters, audit reports, data-subject exports): Helvetica for
 * Latin text and an embedded font for Chinese, set character by character so mixed text renders in both languages.
 * Parsed once and shared: OpenPDF records the glyphs used per document, not in the font.
 */
@Component
public class PdfFonts {

    /**
     * Droid Sans Fallback Full, Copyright 2006-2010 Google Corp., Apache License 2.0 (full text beside the font),
     * unchanged from Debian's fonts-droid-fallback 1:6.0.1r16-1.1. Chosen for its size (4 MB, 2.1 MB compressed in
     * the jar), its coverage of Chinese and Latin, and its TrueType outlines, which OpenPDF subsets; Noto Sans CJK
     * and Source Han Sans are about four times larger.
     */
    private static final String CJK_FONT = "fonts/DroidSansFallbackFull.ttf";

    private final BaseFont latin;
    private final BaseFont latinBold;
    private final BaseFont cjk;

    public PdfFonts() {
        try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(CJK_FONT)) {
            if (in == null) {
                throw new IOException(CJK_FONT + " is missing from the class path");
            }
            latin = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
            latinBold = BaseFont.createFont(BaseFont.HELVETICA_BOLD, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
            cjk = BaseFont.createFont(CJK_FONT, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load the PDF fonts", e);
        }
    }

    /** Text in Helvetica, falling back character by character to the Chinese font. */
    public Phrase phrase(String content, float size, int style, Color color) {
        return phrase(content, size, style, color, false);
    }

    /**
     * Text in the document's main font, character by character falling back to the other one: a Chinese document
     * stays in one typeface throughout, an English one still shows a Chinese name or address.
     */
    public Phrase phrase(String content, float size, int style, Color color, boolean chineseFirst) {
        Font helvetica = new Font(style == Font.BOLD ? latinBold : latin, size, Font.NORMAL, color);
        Font droid = new Font(cjk, size, style, color);
        FontSelector selector = new FontSelector();
        selector.addFont(chineseFirst ? droid : helvetica);
        selector.addFont(chineseFirst ? helvetica : droid);
        return selector.process(content);
    }

    /** Plain Helvetica, for rules and list symbols. */
    public Font latin(float size) {
        return new Font(latin, size);
    }
}
