package com.crcloud.plugins.compliance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One version of one watchlist prepared for screening: every listed name tokenised once, and inverted indexes
 * from name tokens and identifiers to entries, so that a screening scores the few entries that can reach the
 * threshold instead of the whole list. Immutable, so concurrent screenings share it.
 *
 * <p>Candidates: a name's score is a weighted mean of its aligned token pairs' rescaled similarities times a factor
 * of at most 1 (see {@link NameMatcher}), so a name scoring at least {@code s} has a token pair whose Jaro-Winkler
 * similarity is at least {@code 0.6 + 0.4 s}. The index looks up the listed tokens (every reading, every way of
 * joining words) within one edit of each token of the subject's names through their one-deletion neighbourhoods
 * (a substitution, insertion, deletion or swap of neighbours leaves a shared key), two deletions for long subject
 * tokens, and the tokens one of which begins with the other, and keeps those whose similarity reaches that bound.
 * A listed name whose every token is further from every token of the subject is not scored: from a threshold of
 * about 0.75 up such a name does not reach it ({@code WatchlistIndexTest} compares the hits with scoring every entry
 * at 0.8, 0.85 and 0.9); below, weak matches two edits apart can be missed.
 */
final class WatchlistIndex {

    static final int MIN_ID_LENGTH = 5;
    private static final char PREFIX = '\u0001';
    /** Shortest subject token also looked up two deletions away; shorter ones two edits apart are not alike. */
    private static final int MIN_TWO_EDITS = 7;

    private final String listName;
    private final String version;
    private final List<WatchlistEntry> entries;
    private final List<List<NameMatcher.PreparedName>> names;
    private final String[] vocabulary;
    private final int[][] entriesOfToken;
    /** Sorted {@code hash << 32 | token}: the vocabulary by the hashes of its one-deletion keys. */
    private final long[] tokensByKey;
    private final Map<String, int[]> entriesOfIdentifier;

    private WatchlistIndex(String listName, String version, List<WatchlistEntry> entries, List<List<NameMatcher.PreparedName>> names,
                           String[] vocabulary, int[][] entriesOfToken, long[] tokensByKey,
                           Map<String, int[]> entriesOfIdentifier) {
        this.listName = listName;
        this.version = version;
        this.entries = entries;
        this.names = names;
        this.vocabulary = vocabulary;
        this.entriesOfToken = entriesOfToken;
        this.tokensByKey = tokensByKey;
        this.entriesOfIdentifier = entriesOfIdentifier;
    }

    static WatchlistIndex build(String listName, String version, List<WatchlistEntry> entries) {
        List<List<NameMatcher.PreparedName>> names = new ArrayList<>(entries.size());
        Map<String, Integer> tokenIds = new HashMap<>();
        List<Ints> tokenEntries = new ArrayList<>();
        Map<String, Ints> identifierEntries = new HashMap<>();
        for (int e = 0; e < entries.size(); e++) {
            WatchlistEntry entry = entries.get(e);
            List<NameMatcher.PreparedName> prepared = entry.allNames().stream().map(NameMatcher::prepare).toList();
            names.add(prepared);
            for (String token : tokens(prepared)) {
                int id = tokenIds.computeIfAbsent(token, t -> {
                    tokenEntries.add(new Ints());
                    return tokenEntries.size() - 1;
                });
                tokenEntries.get(id).addOnce(e);
            }
            for (String identifier : entry.identifiers()) {
                String normalised = normalisedId(identifier);
                if (normalised.length() >= MIN_ID_LENGTH) {
                    identifierEntries.computeIfAbsent(normalised, id -> new Ints()).addOnce(e);
                }
            }
        }
        String[] vocabulary = new String[tokenIds.size()];
        tokenIds.forEach((token, id) -> vocabulary[id] = token);
        Longs keys = new Longs();
        for (int id = 0; id < vocabulary.length; id++) {
            for (int hash : keyHashes(vocabulary[id], true)) {
                keys.add((long) hash << 32 | id);
            }
        }
        long[] tokensByKey = keys.toArray();
        Arrays.sort(tokensByKey);
        int[][] entriesOfToken = tokenEntries.stream().map(Ints::toArray).toArray(int[][]::new);
        Map<String, int[]> entriesOfIdentifier = new HashMap<>();
        identifierEntries.forEach((identifier, ids) -> entriesOfIdentifier.put(identifier, ids.toArray()));
        return new WatchlistIndex(listName, version, List.copyOf(entries), List.copyOf(names), vocabulary, entriesOfToken,
                tokensByKey, entriesOfIdentifier);
    }

    String listName() {
        return listName;
    }

    /** The list's version this index was prepared from (the value {@link WatchlistImporter#store} last wrote). */
    String version() {
        return version;
    }

    int size() {
        return entries.size();
    }

    WatchlistEntry entry(int index) {
        return entries.get(index);
    }

    /** The entry's primary name and aliases, prepared. */
    List<NameMatcher.PreparedName> names(int index) {
        return names.get(index);
    }

    /**
     * Entries that can score at least {@code minNameScore} by name against one of the subject's names, or list
     * the subject's ID number (normalised as {@link #normalisedId}; null when the subject has none).
     */
    BitSet candidates(List<NameMatcher.PreparedName> subjectNames, String subjectId, double minNameScore) {
        BitSet candidates = new BitSet(entries.size());
        if (subjectId != null) {
            for (int e : entriesOfIdentifier.getOrDefault(subjectId, new int[0])) {
                candidates.set(e);
            }
        }
        double minSimilarity = 0.6 + 0.4 * minNameScore - 1e-9; // a pair exactly at the bound stays in despite rounding
        BitSet checked = new BitSet(vocabulary.length);
        for (String query : tokens(subjectNames)) {
            checked.clear();
            for (int hash : keyHashes(query, false)) {
                // Keys sort by hash first: the tokens with this hash are one run.
                int at = Arrays.binarySearch(tokensByKey, (long) hash << 32);
                for (int k = at >= 0 ? at : -at - 1; k < tokensByKey.length && (int) (tokensByKey[k] >>> 32) == hash; k++) {
                    int id = (int) tokensByKey[k];
                    if (!checked.get(id)) {
                        checked.set(id);
                        if (similarity(query, vocabulary[id]) >= minSimilarity) {
                            for (int e : entriesOfToken[id]) {
                                candidates.set(e);
                            }
                        }
                    }
                }
            }
        }
        return candidates;
    }

    /** Identifiers compare without spaces, dashes and other punctuation, in upper case. */
    static String normalisedId(String id) {
        return id.replaceAll("[^\\p{Alnum}]", "").toUpperCase(Locale.ROOT);
    }

    /** Jaro-Winkler both ways: the alignment may compare the two tokens in either order. */
    private static double similarity(String a, String b) {
        return Math.max(NameMatcher.jaroWinkler(a, b), NameMatcher.jaroWinkler(b, a));
    }

    /** Every token of every reading and every joined variant of the names. */
    private static Set<String> tokens(List<NameMatcher.PreparedName> names) {
        Set<String> tokens = new LinkedHashSet<>();
        for (NameMatcher.PreparedName name : names) {
            for (NameMatcher.Form form : name.forms()) {
                for (NameMatcher.Variant variant : form.variants()) {
                    tokens.addAll(variant.tokens());
                }
            }
        }
        return tokens;
    }

    /**
     * Hashes of the keys that bring similar tokens together: the token and each string one deletion away from it
     * (tokens within one edit share one; a long subject token also two deletions away), and for a prefix of the other ("xiao", "xiaoming"): a listed token's
     * prefixes of two letters or more, marked, meet the subject token marked; the subject token's prefixes meet
     * listed tokens as they are.
     */
    private static int[] keyHashes(String token, boolean listed) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(token);
        for (int i = 0; token.length() > 1 && i < token.length(); i++) {
            keys.add(token.substring(0, i) + token.substring(i + 1));
        }
        if (!listed) {
            keys.add(PREFIX + token);
            // Two deletions from a long subject token too: "tevulgorbe" finds "tevgorbe" (0.95).
            for (int i = 0; token.length() >= MIN_TWO_EDITS && i < token.length(); i++) {
                String once = token.substring(0, i) + token.substring(i + 1);
                for (int j = i; j < once.length(); j++) {
                    keys.add(once.substring(0, j) + once.substring(j + 1));
                }
            }
        }
        for (int length = 2; length < token.length(); length++) {
            keys.add(listed ? PREFIX + token.substring(0, length) : token.substring(0, length));
        }
        return keys.stream().mapToInt(String::hashCode).distinct().toArray();
    }

    /** A growing list of longs. */
    private static final class Longs {
        private long[] values = new long[1024];
        private int size;

        void add(long value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        long[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }

    /** A growing list of ints. */
    private static final class Ints {
        private int[] values = new int[4];
        private int size;

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        /** Adds the value unless it is the last one added (values come in ascending order while building). */
        void addOnce(int value) {
            if (size == 0 || values[size - 1] != value) {
                add(value);
            }
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
