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
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

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

    /** One way of reading a name: tokens, the letter profile used to skip hopeless pairs, and merge variants. */
    record Form(List<String> tokens, boolean fromPinyin, int[] letters, int length, List<Variant> variants) {
    }

    /** Tokens with some adjacent ones written together; {@code joined[i]} marks a token formed by joining. */
    record Variant(List<String> tokens, boolean[] joined) {
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
        String compact = raw.replaceAll("[\\s·•・]+", "");
        boolean allHan = !compact.isEmpty() && compact.codePoints().allMatch(NameMatcher::isHan);
        if (!allHan) {
            return new PreparedName(raw, null, List.of(form(tokens(raw), false)));
        }
        List<String> parts = Arrays.stream(raw.trim().split("[\\s·•・]+")).filter(p -> !p.isEmpty()).toList();
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
        if (a.han() != null && a.han().equals(b.han())) {
            return new Match(1, true, false, false, null, false, List.of(), List.of());
        }
        Match best = Match.NONE;
        for (Form fa : a.forms()) {
            for (Form fb : b.forms()) {
                if (!plausible(fa, fb)) {
                    continue;
                }
                for (int va = 0; va < fa.variants().size(); va++) {
                    for (int vb = 0; vb < fb.variants().size(); vb++) {
                        Match match = align(fa.variants().get(va), fb.variants().get(vb));
                        if (match.score() > best.score()) {
                            best = withPinyin(match, a, fa, b, fb);
                        }
                    }
                }
            }
        }
        if (a.han() != null && b.han() != null && best.score() > SAME_SOUND_CAP) {
            best = new Match(SAME_SOUND_CAP, false, best.reordered(), best.joined(), best.pinyin(), true, best.unmatched(), best.fuzzy());
        }
        return best;
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
        String text = Normalizer.normalize(Normalizer.normalize(raw, Normalizer.Form.NFKC), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT)
                .replace("ß", "ss").replace("æ", "ae").replace("œ", "oe").replace("ø", "o").replace("ł", "l")
                .replace("đ", "d").replace("ð", "d").replace("þ", "th").replace("ı", "i")
                .replaceAll("['’‘`´ʼ]", "");
        return Arrays.stream(text.split("[^\\p{L}\\p{N}]+")).filter(t -> !t.isEmpty()).toList();
    }

    /**
     * Aligns two token lists. A token formed by joining must match its partner almost exactly (Jaro-Winkler 0.95),
     * otherwise the variant is rejected: joining whole names would let shared prefixes inflate the score.
     */
    private static Match align(Variant a, Variant b) {
        boolean aShorter = a.tokens().size() <= b.tokens().size();
        List<String> shorter = (aShorter ? a : b).tokens();
        List<String> longer = (aShorter ? b : a).tokens();
        boolean[] shorterJoined = (aShorter ? a : b).joined();
        boolean[] longerJoined = (aShorter ? b : a).joined();
        boolean joined = false;
        List<double[]> pairs = new ArrayList<>();
        for (int i = 0; i < shorter.size(); i++) {
            for (int j = 0; j < longer.size(); j++) {
                pairs.add(new double[] {jaroWinkler(shorter.get(i), longer.get(j)), i, j});
            }
        }
        pairs.sort(Comparator.comparingDouble((double[] p) -> -p[0]));
        int[] partner = new int[shorter.size()];
        Arrays.fill(partner, -1);
        boolean[] used = new boolean[longer.size()];
        double weighted = 0;
        double weights = 0;
        List<String> fuzzy = new ArrayList<>();
        for (double[] pair : pairs) {
            int i = (int) pair[1];
            int j = (int) pair[2];
            if (partner[i] >= 0 || used[j]) {
                continue;
            }
            if ((shorterJoined[i] || longerJoined[j]) && pair[0] < JOINED_MINIMUM) {
                return Match.NONE;
            }
            joined |= shorterJoined[i] || longerJoined[j];
            partner[i] = j;
            used[j] = true;
            double weight = Math.max(shorter.get(i).length(), longer.get(j).length());
            weighted += weight * Math.max(0, (pair[0] - 0.6) / 0.4);
            weights += weight;
            if (pair[0] < 1) {
                fuzzy.add(String.format(Locale.ROOT, "%s ~ %s (%.2f)", shorter.get(i), longer.get(j), pair[0]));
            }
        }
        List<String> unmatched = new ArrayList<>();
        for (int j = 0; j < longer.size(); j++) {
            if (!used[j]) {
                unmatched.add(longer.get(j));
            }
        }
        double score = weights == 0 ? 0 : weighted / weights;
        score *= shorter.size() == 1 && longer.size() > 1 ? SINGLE_WORD_FACTOR : 1 - EXTRA_TOKEN_PENALTY * unmatched.size();
        boolean reordered = false;
        for (int i = 1; i < partner.length; i++) {
            reordered |= partner[i] < partner[i - 1];
        }
        boolean identical = score == 1 && !joined && !reordered;
        return new Match(score, identical, reordered, joined, null, false, unmatched, fuzzy);
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
        return new Form(tokens, fromPinyin, letters, length, variants(tokens));
    }

    /** The tokens as given, then every way of writing adjacent tokens together ("xiao ming" → "xiaoming"). */
    private static List<Variant> variants(List<String> tokens) {
        List<Variant> variants = new ArrayList<>();
        variants.add(new Variant(tokens, new boolean[tokens.size()]));
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
            variants.add(new Variant(List.copyOf(merged), flags));
        }
        return variants;
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
