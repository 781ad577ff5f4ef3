package com.crcloud.plugins.feedback;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A tenant-configured list of words that mark free text for follow-up. Matching is a case-insensitive
 * substring test, so a stem such as {@code discriminat} also finds "discrimination", and it works for Chinese,
 * which has no spaces between words. The list is comma-separated; Chinese commas ({@code ，、}) are accepted too
 * because Chinese-speaking administrators type them.
 */
record Keywords(List<String> words) {

    Keywords {
        words = List.copyOf(words);
    }

    static Keywords parse(Optional<String> commaSeparated) {
        return new Keywords(commaSeparated.stream()
                .flatMap(value -> Arrays.stream(value.split("[,，、]")))
                .map(word -> word.trim().toLowerCase(Locale.ROOT))
                .filter(word -> !word.isEmpty())
                .distinct()
                .toList());
    }

    boolean foundIn(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return words.stream().anyMatch(lower::contains);
    }
}
