package com.crcloud.plugins.compliance;

import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Explainable fuzzy person-name matching for screening. A name is reduced to word tokens (NFD accents stripped,
 * lower case, punctuation and hyphens as spaces, apostrophes dropped); Chinese names in characters are turned
 * into pinyin tokens (surname, given name), trying every reading of a polyphonic surname. Two names are scored
 * by aligning each token of the shorter name to its best unused token of the longer one (Jaro-Winkler), so
 * word order does not matter; tokens written together or apart ("Xiao Ming" / "Xiaoming") are tried both ways.
 *
 * <p>Scoring: a token pair's Jaro-Winkler similarity is rescaled to {@code (jw - 0.6) / 0.4} so that only close
 * spellings count (raw Jaro-Winkler rates "xiaoming"/"xiaohong" 0.90); pairs are averaged weighted by length;
 * each token only one name has (a middle name) costs 3 %, and matching a single-word name against a longer one
 * caps at 80 %. Two names in different Chinese characters score at most 0.9 even when their pinyin is the same.
 */
final class NameMatcher {

    static final double SAME_SOUND_CAP = 0.9;
    private static final double EXTRA_TOKEN_PENALTY = 0.03;
    private static final double SINGLE_WORD_FACTOR = 0.8;
    /** Share of the shorter name's letters the longer must contain before tokens are compared at all. */
    private static final double LETTER_CONTAINMENT = 0.6;
    private static final double JOINED_MINIMUM = 0.95;
    private static final int MAX_READINGS = 8;
    private static final int MAX_MERGE_TOKENS = 4;
    private static final int BUCKETS = 61;
    private static final Set<String> COMPOUND_SURNAMES = Set.of("欧阳", "歐陽", "司马", "司馬", "诸葛", "諸葛", "上官",
            "东方", "東方", "皇甫", "令狐", "公孙", "公孫", "慕容", "尉迟", "尉遲", "长孙", "長孫", "宇文", "司徒", "夏侯",
            "轩辕", "軒轅", "端木", "独孤", "獨孤", "南宫", "南宮", "西门", "西門", "澹台", "呼延", "申屠", "赫连", "赫連");
    private static final HanyuPinyinOutputFormat PINYIN = new HanyuPinyinOutputFormat();
    // Compiled once: every listed name of a 50 000-entry list goes through them when the list is prepared.
    private static final Pattern HAN_SEPARATORS = Pattern.compile("[\\s·•・]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("['’‘`´ʼ]");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    static {
        PINYIN.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        PINYIN.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        PINYIN.setVCharType(HanyuPinyinVCharType.WITH_U_UNICODE);
    }

    private NameMatcher() {
    }

    /** A name prepared once for many comparisons: its token forms (several for polyphonic Chinese names). */
    record PreparedName(String original, String han, List<Form> forms) {
    }

    /**
     * One way of reading a name: tokens, the letter profile used to skip hopeless pairs, merge variants, and the
     * distinct tokens of all variants ({@code words}), so each pair of words is compared once per pair of forms.
     */
    record Form(List<String> tokens, boolean fromPinyin, int[] letters, int length, List<Variant> variants, List<String> words) {
    }

    /**
     * Tokens with some adjacent ones written together; {@code joined[i]} marks a token formed by joining,
     * {@code words[i]} is the token's index in its form's words.
     */
    record Variant(List<String> tokens, boolean[] joined, int[] words) {
    }

    /**
     * The outcome of comparing two names, with what the explanation needs.
     *
     * @param pinyin  "王小明 → wang xiaoming" when a Chinese name was compared in pinyin, else null
     * @param unmatched tokens only one of the names has
     * @param fuzzy   "petrov ~ petrob (0.93)" for each token pair that is not spelled the same
     */
    record Match(double score, boolean identical, boolean reordered, boolean joined, String pinyin, boolean sameSound,
                 List<String> unmatched, List<String> fuzzy) {

        static final Match NONE = new Match(0, false, false, false, null, false, List.of(), List.of());

        String explain(boolean chinese) {
            List<String> parts = new ArrayList<>();
            if (identical) {
                parts.add(chinese ? "姓名一致（忽略大小写、重音符号和标点）" : "same name apart from case, accents and punctuation");
            }
            if (pinyin != null) {
                parts.add((chinese ? "按拼音比较：" : "compared in pinyin: ") + pinyin);
            }
            if (sameSound) {
                parts.add(chinese ? "拼音相同但汉字不同" : "same pinyin but different Chinese characters");
            }
            if (reordered) {
                parts.add(chinese ? "词序不同" : "same words in a different order");
            }
            if (joined) {
                parts.add(chinese ? "连写或分写不同（如 Xiao Ming / Xiaoming）" : "words written together or apart (e.g. Xiao Ming / Xiaoming)");
            }
            if (!unmatched.isEmpty()) {
                parts.add((chinese ? "仅一方姓名包含：" : "only one name has: ") + String.join(", ", unmatched));
            }
            if (!fuzzy.isEmpty()) {
                parts.add((chinese ? "拼写相近：" : "close spellings: ") + String.join(", ", fuzzy));
            }
            if (parts.isEmpty()) {
                return chinese ? "姓名不相似" : "names are not alike";
            }
            return String.join(chinese ? "；" : "; ", parts);
        }
    }

    static PreparedName prepare(String raw) {
        String compact = HAN_SEPARATORS.matcher(raw).replaceAll("");
        boolean allHan = !compact.isEmpty() && compact.codePoints().allMatch(NameMatcher::isHan);
        if (!allHan) {
            return new PreparedName(raw, null, List.of(form(tokens(raw), false)));
        }
        List<String> parts = Arrays.stream(HAN_SEPARATORS.split(raw.trim())).filter(p -> !p.isEmpty()).toList();
        List<List<String>> readings = new ArrayList<>();
        readings.add(List.of());
        if (parts.size() == 1) {
            int surname = compact.length() > 2 && COMPOUND_SURNAMES.contains(compact.substring(0, 2)) ? 2 : 1;
            readings = cross(readings, readings(compact.substring(0, surname), true));
            if (compact.length() > surname) {
                readings = cross(readings, readings(compact.substring(surname), true));
            }
        } else {
            for (String part : parts) {
                readings = cross(readings, readings(part, false));
            }
        }
        return new PreparedName(raw, compact, readings.stream().map(tokens -> form(tokens, true)).toList());
    }

    static Match compare(PreparedName a, PreparedName b) {
        return best(a, b).match();
    }

    /** The score {@link #compare} gives, without writing the explanation: screening explains hits only. */
    static double score(PreparedName a, PreparedName b) {
        return best(a, b).score();
    }

    private static Best best(PreparedName a, PreparedName b) {
        if (a.han() != null && a.han().equals(b.han())) {
            return new Best(a, b, null, null, null);
        }
        Alignment best = null;
        Form bestA = null;
        Form bestB = null;
        for (Form fa : a.forms()) {
            for (Form fb : b.forms()) {
                if (!plausible(fa, fb)) {
                    continue;
                }
                Similarities similarities = new Similarities(fa.words(), fb.words());
                for (Variant va : fa.variants()) {
                    for (Variant vb : fb.variants()) {
                        Alignment alignment = align(va, vb, similarities);
                        if (alignment.score() > (best == null ? 0 : best.score())) {
                            best = alignment;
                            bestA = fa;
                            bestB = fb;
                        }
                    }
                }
            }
        }
        return new Best(a, b, best, bestA, bestB);
    }

    /** The best pairing of two names' forms and variants; {@code alignment} null for the same Chinese characters. */
    private record Best(PreparedName a, PreparedName b, Alignment alignment, Form formA, Form formB) {

        boolean sameCharacters() {
            return alignment == null && a.han() != null && a.han().equals(b.han());
        }

        double score() {
            if (sameCharacters()) {
                return 1;
            }
            if (alignment == null) {
                return 0;
            }
            return a.han() != null && b.han() != null ? Math.min(alignment.score(), SAME_SOUND_CAP) : alignment.score();
        }

        Match match() {
            if (sameCharacters()) {
                return new Match(1, true, false, false, null, false, List.of(), List.of());
            }
            if (alignment == null) {
                return Match.NONE;
            }
            Match match = withPinyin(alignment.match(), a, formA, b, formB);
            if (a.han() != null && b.han() != null && match.score() > SAME_SOUND_CAP) {
                match = new Match(SAME_SOUND_CAP, false, match.reordered(), match.joined(), match.pinyin(), true, match.unmatched(), match.fuzzy());
            }
            return match;
        }
    }

    static double jaroWinkler(String s, String t) {
        if (s.equals(t)) {
            return 1;
        }
        if (s.isEmpty() || t.isEmpty()) {
            return 0;
        }
        int window = Math.max(0, Math.max(s.length(), t.length()) / 2 - 1);
        boolean[] sMatched = new boolean[s.length()];
        boolean[] tMatched = new boolean[t.length()];
        int matches = 0;
        for (int i = 0; i < s.length(); i++) {
            for (int j = Math.max(0, i - window); j < Math.min(t.length(), i + window + 1); j++) {
                if (!tMatched[j] && s.charAt(i) == t.charAt(j)) {
                    sMatched[i] = true;
                    tMatched[j] = true;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0;
        }
        int transpositions = 0;
        for (int i = 0, j = 0; i < s.length(); i++) {
            if (sMatched[i]) {
                while (!tMatched[j]) {
                    j++;
                }
                if (s.charAt(i) != t.charAt(j++)) {
                    transpositions++;
                }
            }
        }
        double m = matches;
        double jaro = (m / s.length() + m / t.length() + (m - transpositions / 2.0) / m) / 3;
        int prefix = 0;
        while (prefix < Math.min(4, Math.min(s.length(), t.length())) && s.charAt(prefix) == t.charAt(prefix)) {
            prefix++;
        }
        return jaro + prefix * 0.1 * (1 - jaro);
    }

    /** Lower-case word tokens without accents; punctuation and hyphens separate words, apostrophes do not. */
    static List<String> tokens(String raw) {
        String text = MARKS.matcher(Normalizer.normalize(Normalizer.normalize(raw, Normalizer.Form.NFKC), Normalizer.Form.NFD))
                .replaceAll("").toLowerCase(Locale.ROOT)
                .replace("ß", "ss").replace("æ", "ae").replace("œ", "oe").replace("ø", "o").replace("ł", "l")
                .replace("đ", "d").replace("ð", "d").replace("þ", "th").replace("ı", "i");
        text = APOSTROPHES.matcher(text).replaceAll("");
        return Arrays.stream(NON_WORD.split(text)).filter(t -> !t.isEmpty()).toList();
    }

    /**
     * Aligns two token lists: each token of the shorter list takes its most similar unused token of the longer one,
     * best pairs first (ties in list order). A token formed by joining must match its partner almost exactly
     * (Jaro-Winkler 0.95), otherwise the variant is rejected: joining whole names would let shared prefixes inflate
     * the score.
     */
    private static Alignment align(Variant a, Variant b, Similarities similarities) {
        boolean aShorter = a.tokens().size() <= b.tokens().size();
        Variant shorter = aShorter ? a : b;
        Variant longer = aShorter ? b : a;
        int n = shorter.tokens().size();
        int m = longer.tokens().size();
        double[] similarity = new double[n * m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                similarity[i * m + j] = aShorter ? similarities.of(a.words()[i], b.words()[j], true)
                        : similarities.of(a.words()[j], b.words()[i], false);
            }
        }
        int[] partner = new int[n];
        Arrays.fill(partner, -1);
        int[] order = new int[n];
        boolean[] used = new boolean[m];
        boolean joined = false;
        double weighted = 0;
        double weights = 0;
        for (int step = 0; step < n; step++) {
            int bestI = -1;
            int bestJ = -1;
            for (int i = 0; i < n; i++) {
                for (int j = 0; partner[i] < 0 && j < m; j++) {
                    if (!used[j] && (bestI < 0 || similarity[i * m + j] > similarity[bestI * m + bestJ])) {
                        bestI = i;
                        bestJ = j;
                    }
                }
            }
            double pair = similarity[bestI * m + bestJ];
            boolean joinedPair = shorter.joined()[bestI] || longer.joined()[bestJ];
            if (joinedPair && pair < JOINED_MINIMUM) {
                return Alignment.REJECTED;
            }
            joined |= joinedPair;
            partner[bestI] = bestJ;
            used[bestJ] = true;
            order[step] = bestI;
            double weight = Math.max(shorter.tokens().get(bestI).length(), longer.tokens().get(bestJ).length());
            weighted += weight * Math.max(0, (pair - 0.6) / 0.4);
            weights += weight;
        }
        double score = weights == 0 ? 0 : weighted / weights;
        score *= n == 1 && m > 1 ? SINGLE_WORD_FACTOR : 1 - EXTRA_TOKEN_PENALTY * (m - n);
        return new Alignment(shorter.tokens(), longer.tokens(), partner, order, similarity, joined, score);
    }

    /** Jaro-Winkler of the words of two forms, each pair and direction computed when first needed. */
    private static final class Similarities {
        private final List<String> a;
        private final List<String> b;
        private final double[] aFirst;
        private final double[] bFirst;

        Similarities(List<String> a, List<String> b) {
            this.a = a;
            this.b = b;
            this.aFirst = new double[a.size() * b.size()];
            this.bFirst = new double[a.size() * b.size()];
            Arrays.fill(aFirst, -1);
            Arrays.fill(bFirst, -1);
        }

        /** {@code jaroWinkler(a[i], b[j])}, or {@code jaroWinkler(b[j], a[i])} when not {@code fromA}. */
        double of(int i, int j, boolean fromA) {
            double[] cache = fromA ? aFirst : bFirst;
            int at = i * b.size() + j;
            if (cache[at] < 0) {
                cache[at] = fromA ? jaroWinkler(a.get(i), b.get(j)) : jaroWinkler(b.get(j), a.get(i));
            }
            return cache[at];
        }
    }

    /** The outcome of {@link #align}: {@code partner[i]} is the longer list's token paired with token i, {@code order} the pairing order. */
    private record Alignment(List<String> shorter, List<String> longer, int[] partner, int[] order, double[] similarity,
                             boolean joined, double score) {

        static final Alignment REJECTED = new Alignment(List.of(), List.of(), new int[0], new int[0], new double[0], false, 0);

        Match match() {
            int m = longer.size();
            List<String> fuzzy = new ArrayList<>();
            for (int i : order) {
                double pair = similarity[i * m + partner[i]];
                if (pair < 1) {
                    fuzzy.add(String.format(Locale.ROOT, "%s ~ %s (%.2f)", shorter.get(i), longer.get(partner[i]), pair));
                }
            }
            boolean[] used = new boolean[m];
            boolean reordered = false;
            for (int i = 0; i < partner.length; i++) {
                used[partner[i]] = true;
                reordered |= i > 0 && partner[i] < partner[i - 1];
            }
            List<String> unmatched = new ArrayList<>();
            for (int j = 0; j < m; j++) {
                if (!used[j]) {
                    unmatched.add(longer.get(j));
                }
            }
            boolean identical = score == 1 && !joined && !reordered;
            return new Match(score, identical, reordered, joined, null, false, unmatched, fuzzy);
        }
    }

    private static Match withPinyin(Match match, PreparedName a, Form fa, PreparedName b, Form fb) {
        List<String> shown = new ArrayList<>();
        if (fa.fromPinyin()) {
            shown.add(a.original().trim() + " → " + String.join(" ", fa.tokens()));
        }
        if (fb.fromPinyin()) {
            shown.add(b.original().trim() + " → " + String.join(" ", fb.tokens()));
        }
        return shown.isEmpty() ? match : new Match(match.score(), false, match.reordered(), match.joined(),
                String.join(", ", shown), false, match.unmatched(), match.fuzzy());
    }

    /** Whether the longer reading contains enough of the shorter's letters for a token comparison to be worth it. */
    private static boolean plausible(Form a, Form b) {
        int shared = 0;
        for (int i = 0; i < BUCKETS; i++) {
            shared += Math.min(a.letters()[i], b.letters()[i]);
        }
        int shorter = Math.min(a.length(), b.length());
        return shorter > 0 && shared >= LETTER_CONTAINMENT * shorter;
    }

    private static Form form(List<String> tokens, boolean fromPinyin) {
        int[] letters = new int[BUCKETS];
        int length = 0;
        for (String token : tokens) {
            for (int i = 0; i < token.length(); i++) {
                letters[token.charAt(i) % BUCKETS]++;
                length++;
            }
        }
        Map<String, Integer> words = new LinkedHashMap<>();
        List<Variant> variants = variants(tokens, words);
        return new Form(tokens, fromPinyin, letters, length, variants, List.copyOf(words.keySet()));
    }

    /**
     * The tokens as given, then every way of writing adjacent tokens together ("xiao ming" → "xiaoming"); each
     * distinct token gets its index in {@code words}.
     */
    private static List<Variant> variants(List<String> tokens, Map<String, Integer> words) {
        List<Variant> variants = new ArrayList<>();
        variants.add(variant(tokens, new boolean[tokens.size()], words));
        if (tokens.size() < 2 || tokens.size() > MAX_MERGE_TOKENS) {
            return variants;
        }
        for (int joins = 1; joins < 1 << (tokens.size() - 1); joins++) {
            List<String> merged = new ArrayList<>();
            List<Boolean> joined = new ArrayList<>();
            StringBuilder current = new StringBuilder(tokens.get(0));
            boolean currentJoined = false;
            for (int i = 1; i < tokens.size(); i++) {
                if ((joins & 1 << (i - 1)) != 0) {
                    current.append(tokens.get(i));
                    currentJoined = true;
                } else {
                    merged.add(current.toString());
                    joined.add(currentJoined);
                    current = new StringBuilder(tokens.get(i));
                    currentJoined = false;
                }
            }
            merged.add(current.toString());
            joined.add(currentJoined);
            boolean[] flags = new boolean[joined.size()];
            for (int i = 0; i < flags.length; i++) {
                flags[i] = joined.get(i);
            }
            variants.add(variant(List.copyOf(merged), flags, words));
        }
        return variants;
    }

    private static Variant variant(List<String> tokens, boolean[] joined, Map<String, Integer> words) {
        return new Variant(tokens, joined, tokens.stream().mapToInt(token -> words.computeIfAbsent(token, t -> words.size())).toArray());
    }

    /** Pinyin spellings of a run of characters; every reading of each character when {@code allReadings}. */
    private static List<String> readings(String han, boolean allReadings) {
        List<String> spellings = List.of("");
        for (int i = 0; i < han.length(); i++) {
            List<String> options = pinyin(han.charAt(i));
            if (!allReadings) {
                options = options.subList(0, 1);
            }
            List<String> next = new ArrayList<>();
            for (String option : options) {
                for (String prefix : spellings) {
                    if (next.size() < MAX_READINGS) {
                        next.add(prefix + option);
                    }
                }
            }
            spellings = next;
        }
        return spellings;
    }

    private static List<String> pinyin(char c) {
        try {
            String[] readings = PinyinHelper.toHanyuPinyinStringArray(c, PINYIN);
            if (readings == null || readings.length == 0) {
                return List.of(String.valueOf(c));
            }
            Set<String> distinct = new LinkedHashSet<>();
            for (String reading : readings) {
                distinct.add(String.join("", tokens(reading)));
            }
            return List.copyOf(distinct);
        } catch (BadHanyuPinyinOutputFormatCombination e) {
            throw new IllegalStateException("Fixed pinyin format rejected", e);
        }
    }

    /** Every token list of {@code prefixes} extended by one more token, first readings first, at most MAX_READINGS. */
    private static List<List<String>> cross(List<List<String>> prefixes, List<String> tokens) {
        List<List<String>> result = new ArrayList<>();
        for (String token : tokens) {
            for (List<String> prefix : prefixes) {
                if (result.size() < MAX_READINGS) {
                    List<String> extended = new ArrayList<>(prefix);
                    extended.add(token);
                    result.add(List.copyOf(extended));
                }
            }
        }
        return result;
    }

    private static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }
}
