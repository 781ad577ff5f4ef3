package com.crcloud.customer.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How customer names are searched at any size: a name is cut into parts (its words, lower case, accents removed,
 * and the whole name without separators), a search text into the same terms, and a customer matches when every
 * term begins one of its parts, which an index on the parts answers without reading every customer. Names in
 * Chinese, Japanese or Korean script are written without spaces, so each of their words also yields every suffix:
 * "小明" then finds "王小明".
 */
public final class NameParts {

    /** The column's width; longer parts are cut, which keeps every prefix of them searchable. */
    public static final int MAX_LENGTH = 100;
    /** More words than this in a search text add nothing a person would miss. */
    private static final int MAX_TERMS = 5;
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

    private NameParts() {
    }

    /** The parts a full name is found by; empty for a blank name. */
    public static Set<String> of(String fullName) {
        Set<String> parts = new LinkedHashSet<>();
        List<String> words = words(fullName);
        for (String word : words) {
            parts.add(cut(word));
            if (word.codePoints().anyMatch(NameParts::writtenWithoutSpaces)) {
                for (int start = word.offsetByCodePoints(0, 1); start < word.length(); start = word.offsetByCodePoints(start, 1)) {
                    parts.add(cut(word.substring(start)));
                }
            }
        }
        if (words.size() > 1) {
            parts.add(cut(String.join("", words)));
        }
        return parts;
    }

    /** The terms of a search text, each of which must begin a part of a matching name; empty if it has no word. */
    public static List<String> searchTerms(String text) {
        List<String> words = words(text);
        List<String> terms = new ArrayList<>();
        for (String word : words.subList(0, Math.min(words.size(), MAX_TERMS))) {
            terms.add(cut(word));
        }
        return terms;
    }

    private static List<String> words(String text) {
        if (text == null) {
            return List.of();
        }
        // Decomposed to drop accents, composed again so that Korean syllables stay whole.
        String folded = Normalizer.normalize(COMBINING_MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD))
                .replaceAll(""), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        for (String word : SEPARATORS.split(folded)) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    private static boolean writtenWithoutSpaces(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }

    private static String cut(String part) {
        if (part.length() <= MAX_LENGTH) {
            return part;
        }
        return part.substring(0, Character.isHighSurrogate(part.charAt(MAX_LENGTH - 1)) ? MAX_LENGTH - 1 : MAX_LENGTH);
    }
}
