package com.crcloud.plugins.compliance;

import com.crcloud.plugin.api.ExtensionContext;
import com.crcloud.plugin.api.ScreeningDisposition;
import com.crcloud.plugin.api.ScreeningHit;
import com.crcloud.plugin.api.ScreeningHit.FeatureScore;
import com.crcloud.plugin.api.ScreeningProvider;
import com.crcloud.plugin.api.ScreeningSubject;
import com.crcloud.plugin.api.SettingDefinition;
import org.pf4j.Extension;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Screens a person against every watchlist the tenant uploaded (see {@link WatchlistImporter}). The name decides
 * (best pair of the subject's names and the entry's names, see {@link NameMatcher}); other evidence adjusts it:
 * date of birth +0.05 exact, +0.02 when the list gives only the year (or year and month) and it agrees, -0.10
 * same year but another day, -0.20 another year; a listed ID number equal to the subject's raises the score by
 * 0.15 and to at least 0.90; a listed country equal to the subject's adds 0.02. A differing country or ID never
 * lowers the score, since nationality, residence and documents legitimately differ. Reviewers' decisions on
 * earlier hits come with the subject ({@link ScreeningSubject#previousDispositions()}): a hit dismissed as a false
 * positive stays hidden while its list entry is unchanged and is raised again, with the earlier decision quoted,
 * once the entry changes; a confirmed match is always raised, with the confirmation quoted.
 */
@Extension
public class WatchlistScreening implements ScreeningProvider {

    static final String THRESHOLD = "threshold";
    static final String USE_DATE_OF_BIRTH = "useDateOfBirth";
    static final String MAX_HITS = "maxHits";
    private static final Pattern LISTED_DATE = Pattern.compile("(\\d{4})(?:-(\\d{2}))?(?:-(\\d{2}))?.*");
    private static final double DATE_OF_BIRTH_BONUS = 0.05;
    private static final double COUNTRY_BONUS = 0.02;
    /** Shared by every instance PF4J creates: prepared lists survive between calls. */
    private static final PreparedWatchlists SHARED = new PreparedWatchlists(PreparedWatchlists.DEFAULT_MAX_ENTRIES);

    private final PreparedWatchlists prepared;

    public WatchlistScreening() {
        this(SHARED);
    }

    WatchlistScreening(PreparedWatchlists prepared) {
        this.prepared = prepared;
    }

    @Override
    public String id() {
        return "watchlist-screening";
    }

    @Override
    public Map<String, String> names() {
        return Map.of("en", "Watchlist screening", "zh-CN", "名单筛查");
    }

    @Override
    public List<SettingDefinition> settings() {
        return List.of(
                SettingDefinition.decimal(THRESHOLD, "Minimum match score for a hit", "命中的最低匹配分数", "0.85", "0.5", "1.0"),
                SettingDefinition.bool(USE_DATE_OF_BIRTH, "Use date of birth", "使用出生日期", true),
                SettingDefinition.integer(MAX_HITS, "Most hits to report", "最多报告命中数", 10, 1, 100));
    }

    @Override
    public List<ScreeningHit> screen(ExtensionContext context, ScreeningSubject subject) {
        double threshold = context.settings().decimal(THRESHOLD).doubleValue();
        boolean useDateOfBirth = context.settings().bool(USE_DATE_OF_BIRTH);
        List<NameMatcher.PreparedName> subjectNames = Stream.concat(Stream.of(subject.fullName()), subject.otherNames().stream())
                .filter(name -> !name.isBlank()).distinct().map(NameMatcher::prepare).toList();
        String subjectId = subject.nationalIdNumber().map(WatchlistIndex::normalisedId)
                .filter(id -> id.length() >= WatchlistIndex.MIN_ID_LENGTH).orElse(null);
        // The most the date of birth and the country can add: a name below threshold minus that is never a hit.
        double bonus = (useDateOfBirth && subject.dateOfBirth().isPresent() ? DATE_OF_BIRTH_BONUS : 0)
                + (subject.countryCode().isPresent() ? COUNTRY_BONUS : 0);
        List<ScreeningHit> hits = new ArrayList<>();
        for (WatchlistIndex list : prepared.of(context.tenantId(), context.recordStore())) {
            BitSet candidates = list.candidates(subjectNames, subjectId, threshold - bonus);
            for (int e = candidates.nextSetBit(0); e >= 0; e = candidates.nextSetBit(e + 1)) {
                evaluate(context, subject, subjectNames, subjectId, list, e, threshold)
                        .flatMap(hit -> reviewed(context, subject, hit))
                        .ifPresent(hits::add);
            }
        }
        hits.sort(Comparator.comparingDouble(ScreeningHit::score).reversed()
                .thenComparing(ScreeningHit::listName).thenComparing(ScreeningHit::entryId));
        return List.copyOf(hits.subList(0, Math.min(hits.size(), context.settings().integer(MAX_HITS))));
    }

    /** The entry as a hit when its score reaches the threshold; the explanations are written only then. */
    private Optional<ScreeningHit> evaluate(ExtensionContext context, ScreeningSubject subject, List<NameMatcher.PreparedName> subjectNames,
                                            String subjectId, WatchlistIndex list, int index, double threshold) {
        WatchlistEntry entry = list.entry(index);
        double nameScore = 0;
        NameMatcher.PreparedName bestSubject = null;
        NameMatcher.PreparedName bestListed = null;
        for (NameMatcher.PreparedName listed : list.names(index)) {
            for (NameMatcher.PreparedName candidate : subjectNames) {
                double score = NameMatcher.score(candidate, listed);
                if (score > nameScore) {
                    nameScore = score;
                    bestSubject = candidate;
                    bestListed = listed;
                }
            }
        }
        Optional<String> listedId = Optional.ofNullable(subjectId)
                .flatMap(id -> entry.identifiers().stream().filter(listed -> WatchlistIndex.normalisedId(listed).equals(id)).findFirst());
        if (nameScore == 0 && listedId.isEmpty()) {
            return Optional.empty();
        }
        boolean useDateOfBirth = context.settings().bool(USE_DATE_OF_BIRTH) && subject.dateOfBirth().isPresent() && !entry.birthDates().isEmpty();
        Optional<String> country = subject.countryCode().map(c -> c.toLowerCase(Locale.ROOT)).filter(c -> !entry.countries().isEmpty());
        double score = nameScore;
        if (useDateOfBirth) {
            score += dateOfBirth(subject.dateOfBirth().get(), entry.birthDates()).adjustment;
        }
        if (subject.nationalIdNumber().isPresent() && listedId.isPresent()) {
            score = Math.max(score + 0.15, 0.90);
        }
        if (country.isPresent() && entry.countries().contains(country.get())) {
            score += COUNTRY_BONUS;
        }
        score = Math.max(0, Math.min(1, score));
        if (score < threshold) {
            return Optional.empty();
        }
        boolean zh = context.chinese();
        NameMatcher.Match best = bestSubject == null ? NameMatcher.Match.NONE : NameMatcher.compare(bestSubject, bestListed);
        List<FeatureScore> features = new ArrayList<>();
        features.add(new FeatureScore("name", best.score(), String.format(Locale.ROOT, zh ? "“%s”与名单中的“%s”：%s" : "'%s' vs listed '%s': %s",
                bestSubject == null ? subject.fullName() : bestSubject.original(), bestListed == null ? entry.name() : bestListed.original(),
                best.explain(zh))));
        if (useDateOfBirth) {
            features.add(dateOfBirthFeature(subject.dateOfBirth().get(), entry.birthDates(), zh));
        }
        if (subject.nationalIdNumber().isPresent() && !entry.identifiers().isEmpty()) {
            features.add(listedId.isPresent()
                    ? new FeatureScore("idNumber", 1, zh ? "证件号码与名单中的证件号 " + listedId.get() + " 一致（分数提高 0.15，且不低于 0.90）。"
                            : "ID number equals listed identifier " + listedId.get() + " (+0.15, and at least 0.90).")
                    : new FeatureScore("idNumber", 0, zh ? "名单中的证件号均与客户证件号码不同（不降低分数）。"
                            : "None of the listed identifiers equals the customer's ID number (does not lower the score)."));
        }
        if (country.isPresent()) {
            boolean listed = entry.countries().contains(country.get());
            String countries = String.join(", ", entry.countries());
            features.add(new FeatureScore("country", listed ? 1 : 0, listed
                    ? (zh ? "国家 " + country.get().toUpperCase(Locale.ROOT) + " 在名单所列国家（" + countries + "）中（+0.02）。"
                            : "Country " + country.get().toUpperCase(Locale.ROOT) + " is among the listed countries (" + countries + ") (+0.02).")
                    : (zh ? "国家不在名单所列国家（" + countries + "）中；国籍与居住地可能不同，不降低分数。"
                            : "Country is not among the listed countries (" + countries + "); nationality and residence can differ, so the score is not lowered.")));
        }
        return Optional.of(new ScreeningHit(list.listName(), entry.id(), entry.name(), score, features, entry.version()));
    }

    /** How a listed date of birth compares with the subject's, with the score adjustment it implies. */
    private enum BirthDate {
        EXACT(DATE_OF_BIRTH_BONUS), PARTIAL(0.02), SAME_YEAR(-0.10), OTHER(-0.20);

        final double adjustment;

        BirthDate(double adjustment) {
            this.adjustment = adjustment;
        }
    }

    private static BirthDate dateOfBirth(LocalDate born, List<String> listedDates) {
        boolean exact = false;
        boolean partial = false;
        boolean sameYear = false;
        for (String listed : listedDates) {
            Matcher date = LISTED_DATE.matcher(listed);
            if (!date.matches() || Integer.parseInt(date.group(1)) != born.getYear()) {
                continue;
            }
            boolean monthAgrees = date.group(2) == null || Integer.parseInt(date.group(2)) == born.getMonthValue();
            boolean dayAgrees = date.group(3) == null || Integer.parseInt(date.group(3)) == born.getDayOfMonth();
            exact |= monthAgrees && dayAgrees && date.group(3) != null;
            partial |= monthAgrees && dayAgrees && date.group(3) == null;
            sameYear = true;
        }
        return exact ? BirthDate.EXACT : partial ? BirthDate.PARTIAL : sameYear ? BirthDate.SAME_YEAR : BirthDate.OTHER;
    }

    private static FeatureScore dateOfBirthFeature(LocalDate born, List<String> listedDates, boolean zh) {
        String listed = String.join(", ", listedDates);
        return switch (dateOfBirth(born, listedDates)) {
            case EXACT -> new FeatureScore("dateOfBirth", 1, zh ? "出生日期 " + born + " 与名单一致（+0.05）。"
                    : "Date of birth " + born + " matches the listed date (+0.05).");
            case PARTIAL -> new FeatureScore("dateOfBirth", 0.7, zh ? "名单仅列出 " + listed + "，与出生日期 " + born + " 相符（+0.02）。"
                    : "The list gives only " + listed + ", which agrees with " + born + " (+0.02).");
            case SAME_YEAR -> new FeatureScore("dateOfBirth", 0.3, zh ? "名单出生日期 " + listed + " 与 " + born + " 同年但月日不同（-0.10）。"
                    : "Listed date of birth " + listed + " has the year of " + born + " but another month or day (-0.10).");
            case OTHER -> new FeatureScore("dateOfBirth", 0, zh ? "名单出生日期 " + listed + " 与 " + born + " 不符（-0.20）。"
                    : "Listed date of birth " + listed + " conflicts with " + born + " (-0.20).");
        };
    }

    /** The hit as the reviewer should see it, or empty when a still-valid false-positive decision covers it. */
    private static Optional<ScreeningHit> reviewed(ExtensionContext context, ScreeningSubject subject, ScreeningHit hit) {
        Optional<ScreeningDisposition> decision = subject.dispositionOf(hit);
        if (decision.isEmpty()) {
            return Optional.of(hit);
        }
        ScreeningDisposition earlier = decision.get();
        boolean falsePositive = earlier.verdict() == ScreeningDisposition.Verdict.FALSE_POSITIVE;
        boolean confirmed = earlier.verdict() == ScreeningDisposition.Verdict.CONFIRMED_MATCH;
        if (falsePositive && earlier.stillApplies(hit)) {
            return Optional.empty();
        }
        if (!falsePositive && !confirmed) {
            return Optional.of(hit);
        }
        boolean zh = context.chinese();
        String date = earlier.decidedAt().atZone(context.clock().getZone()).toLocalDate().toString();
        String explanation;
        if (confirmed) {
            explanation = zh ? earlier.decidedBy() + " 曾于 " + date + " 确认此命中为同一人（理由：" + earlier.reason() + "）。"
                    : earlier.decidedBy() + " confirmed this hit as a match on " + date + " (reason: " + earlier.reason() + ").";
        } else {
            explanation = zh ? earlier.decidedBy() + " 曾于 " + date + " 将此命中认定为误报（理由：" + earlier.reason()
                    + "），但名单条目此后已变更（版本 " + earlier.entryVersion() + " → " + hit.entryVersion() + "），该认定不再适用。"
                    : earlier.decidedBy() + " dismissed this hit as a false positive on " + date + " (reason: " + earlier.reason()
                    + "), but the list entry has changed since (version " + earlier.entryVersion() + " → " + hit.entryVersion()
                    + "), so that dismissal no longer applies.";
        }
        List<FeatureScore> features = new ArrayList<>(hit.features());
        features.add(new FeatureScore("priorDecision", confirmed ? 1 : 0, explanation));
        return Optional.of(new ScreeningHit(hit.listName(), hit.entryId(), hit.entryName(), hit.score(), features, hit.entryVersion()));
    }
}
