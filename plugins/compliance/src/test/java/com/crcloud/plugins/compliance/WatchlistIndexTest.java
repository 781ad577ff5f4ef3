package com.crcloud.plugins.compliance;

import com.crcloud.plugin.api.ExtensionContext;
import com.crcloud.plugin.api.RecordStore;
import com.crcloud.plugin.api.ScreeningHit;
import com.crcloud.plugin.api.ScreeningSubject;
import com.crcloud.plugin.testkit.InMemoryRecordStore;
import com.crcloud.plugin.testkit.TestContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class WatchlistIndexTest {

    private static final List<String> SYLLABLES = List.of("ka", "lo", "mi", "ren", "ta", "vo", "sel", "dor", "ab", "ul", "ne",
            "ris", "ko", "man", "tev", "il", "sa", "gor", "be", "xan", "po", "lin", "dra", "mu", "fe", "zi", "hal", "ost");
    private static final List<String> REAL = List.of("Vladimir Sergeyevich Petrov", "Mohammed Rashid Al-Hamdani",
            "José Luis García Márquez", "Aleksandr Ivanovich Kuznetsov", "Olena Mykolaivna Shevchenko", "Jean-Pierre Dubois-Lefèvre",
            "Yusuf Abdullahi Ibrahim", "Nguyen Van Thanh", "Kim Jong Su", "Maria Fernanda Oliveira Santos", "Abdul Rahman Al-Sayed",
            "Zhou Xinyu", "Sun Lihua", "Wang Xiao Ming", "O'Brien Sean Patrick");
    private static final String HAN_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗欧阳";
    private static final String HAN_GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛超兰霞平刚桂小明";

    private final InMemoryRecordStore records = new InMemoryRecordStore();

    private List<ScreeningHit> screen(WatchlistScreening screening, String tenant, String name, double threshold) {
        ExtensionContext context = TestContext.of(screening).tenant(tenant).locale(Locale.ENGLISH)
                .settings(Map.of("threshold", Double.toString(threshold), "maxHits", "100")).records(records).build();
        return screening.screen(context, new ScreeningSubject("c1", name, List.of(), Optional.empty(), Optional.empty(), Optional.empty()));
    }

    private void upload(String tenant, String listName, String names) {
        WatchlistImporter.store(records.forTenant(tenant), listName, WatchlistImporter.parseNameList(listName, names).entries());
    }

    /** 1,000 listed names and 150 ways of writing them, each query scored against every entry once for all thresholds. */
    private record Fixture(String list, List<String> queries, List<Map<String, Double>> scores) {

        static final Fixture INSTANCE = create();

        private static Fixture create() {
            SplittableRandom random = new SplittableRandom(8);
            Set<String> listed = new LinkedHashSet<>(REAL);
            while (listed.size() < 1_000) {
                listed.add(random.nextInt(8) == 0 ? hanName(random) : latinName(random));
            }
            List<String> names = List.copyOf(listed);
            List<String> queries = new ArrayList<>(List.of("Wladimir Sergejewitsch Petroff", "Muhammad Rashid Al Hamdani", "Kim Jongsu",
                    "Xiaoming Wang", "王小明", "Jose Garcia", "Alexander Kusnezow", "Sean OBrien", "Zhou Xin Yu", "孫麗華"));
            while (queries.size() < 150) {
                queries.add(variant(names.get(random.nextInt(names.size())), random));
            }
            String list = String.join("\n", names);
            List<WatchlistEntry> entries = WatchlistImporter.parseNameList("mixed", list).entries();
            List<NameMatcher.PreparedName> prepared = entries.stream().map(entry -> NameMatcher.prepare(entry.name())).toList();
            List<Map<String, Double>> scores = new ArrayList<>();
            for (String query : queries) {
                NameMatcher.PreparedName subject = NameMatcher.prepare(query);
                Map<String, Double> byEntry = new java.util.HashMap<>();
                for (int e = 0; e < entries.size(); e++) {
                    byEntry.put(entries.get(e).id(), NameMatcher.compare(subject, prepared.get(e)).score());
                }
                scores.add(byEntry);
            }
            return new Fixture(list, List.copyOf(queries), scores);
        }

        /** What screening must return: every entry whose name reaches the threshold, best first, at most 100. */
        List<String> expected(int query, double threshold) {
            return scores.get(query).entrySet().stream().filter(entry -> entry.getValue() >= threshold)
                    .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(100).map(Map.Entry::getKey).toList();
        }
    }

    @ParameterizedTest(name = "threshold {0}")
    @ValueSource(doubles = {0.8, 0.85, 0.9})
    void the_index_finds_the_same_hits_as_scoring_every_entry(double threshold) {
        Fixture fixture = Fixture.INSTANCE;
        upload("acme", "mixed", fixture.list());
        WatchlistScreening screening = new WatchlistScreening(new PreparedWatchlists(PreparedWatchlists.DEFAULT_MAX_ENTRIES));

        for (int q = 0; q < fixture.queries().size(); q++) {
            List<String> found = screen(screening, "acme", fixture.queries().get(q), threshold).stream().map(ScreeningHit::entryId).toList();

            assertThat(found).as("hits for '%s'", fixture.queries().get(q)).isEqualTo(fixture.expected(q, threshold));
        }
    }

    @Test
    void one_tenants_list_never_answers_another_even_under_the_same_name_and_version() {
        WatchlistScreening screening = new WatchlistScreening(new PreparedWatchlists(PreparedWatchlists.DEFAULT_MAX_ENTRIES));
        upload("acme", "ofac", "Ivan Petrov");
        upload("globex", "ofac", "Maria Garcia");
        RecordStore acme = records.forTenant("acme");
        // Even a version string that collides with another tenant's must not share the prepared list.
        records.forTenant("globex").put(WatchlistImporter.LIST_INDEX, "ofac", acme.get(WatchlistImporter.LIST_INDEX, "ofac").orElseThrow());

        assertThat(screen(screening, "acme", "Ivan Petrov", 0.85)).extracting(ScreeningHit::entryName).containsExactly("Ivan Petrov");
        assertThat(screen(screening, "globex", "Ivan Petrov", 0.85)).isEmpty();
        assertThat(screen(screening, "globex", "Maria Garcia", 0.85)).extracting(ScreeningHit::entryName).containsExactly("Maria Garcia");
        assertThat(screen(screening, "acme", "Maria Garcia", 0.85)).isEmpty();
    }

    @Test
    void a_list_is_prepared_once_and_again_only_when_its_content_changes() {
        PreparedWatchlists prepared = new PreparedWatchlists(PreparedWatchlists.DEFAULT_MAX_ENTRIES);
        WatchlistScreening screening = new WatchlistScreening(prepared);
        RecordStore acme = records.forTenant("acme");
        upload("acme", "ofac", "Ivan Petrov\nMaria Garcia");
        WatchlistIndex first = prepared.of("acme", acme).get(0);

        assertThat(prepared.of("acme", acme).get(0)).as("unchanged list").isSameAs(first);
        upload("acme", "ofac", "Maria Garcia\nIvan Petrov");
        assertThat(prepared.of("acme", acme).get(0)).as("same entries uploaded again").isSameAs(first);
        assertThat(screen(screening, "acme", "John Smith", 0.85)).isEmpty();

        upload("acme", "ofac", "Ivan Petrov\nJohn Smith");

        assertThat(prepared.of("acme", acme).get(0)).isNotSameAs(first);
        assertThat(screen(screening, "acme", "John Smith", 0.85)).extracting(ScreeningHit::entryName).containsExactly("John Smith");
        assertThat(screen(screening, "acme", "Maria Garcia", 0.85)).as("removed from the list").isEmpty();
    }

    @Test
    void lists_beyond_the_memory_limit_are_dropped_least_recently_used_first_and_prepared_again() {
        PreparedWatchlists prepared = new PreparedWatchlists(3);
        upload("acme", "first", "Ivan Petrov\nMaria Garcia");
        upload("globex", "second", "John Smith\nJane Doe");
        WatchlistIndex first = prepared.of("acme", records.forTenant("acme")).get(0);

        WatchlistIndex second = prepared.of("globex", records.forTenant("globex")).get(0);

        assertThat(prepared.of("globex", records.forTenant("globex")).get(0)).as("most recent stays").isSameAs(second);
        WatchlistIndex again = prepared.of("acme", records.forTenant("acme")).get(0);
        assertThat(again).as("dropped, prepared again").isNotSameAs(first);
        assertThat(again.version()).isEqualTo(first.version());
    }

    /** A way the name may reach a reviewer: a typo, swapped or doubled letters, other order, a part missing or joined. */
    private static String variant(String name, SplittableRandom random) {
        List<String> words = new ArrayList<>(Arrays.asList(name.split("[\\s-]+")));
        int w = random.nextInt(words.size());
        String word = words.get(w);
        switch (random.nextInt(7)) {
            case 0 -> words.set(w, typo(word, random));
            case 1 -> words.set(w, typo(typo(word, random), random));
            case 2 -> words.set(w, word.length() < 3 ? word : swap(word, random));
            case 3 -> java.util.Collections.reverse(words);
            case 4 -> {
                if (words.size() > 2) {
                    words.remove(w);
                }
            }
            case 5 -> {
                if (words.size() > 1) {
                    int next = (w + 1) % words.size();
                    words.set(Math.min(w, next), words.get(Math.min(w, next)) + words.get(Math.max(w, next)).toLowerCase(Locale.ROOT));
                    words.remove(Math.max(w, next));
                }
            }
            default -> words.set(w, word + word.charAt(word.length() - 1));
        }
        return String.join(" ", words);
    }

    private static String typo(String word, SplittableRandom random) {
        int at = random.nextInt(word.length());
        char letter = (char) ('a' + random.nextInt(26));
        return random.nextBoolean() ? word.substring(0, at) + letter + word.substring(Math.min(word.length(), at + 1))
                : word.substring(0, at) + word.substring(at + 1);
    }

    private static String swap(String word, SplittableRandom random) {
        int at = random.nextInt(word.length() - 1);
        return word.substring(0, at) + word.charAt(at + 1) + word.charAt(at) + word.substring(at + 2);
    }

    private static String latinName(SplittableRandom random) {
        Set<String> words = new LinkedHashSet<>();
        int count = 2 + random.nextInt(2);
        while (words.size() < count) {
            StringBuilder word = new StringBuilder();
            for (int s = 0, syllables = 1 + random.nextInt(3); s < syllables; s++) {
                word.append(SYLLABLES.get(random.nextInt(SYLLABLES.size())));
            }
            words.add(Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return String.join(" ", words);
    }

    private static String hanName(SplittableRandom random) {
        StringBuilder name = new StringBuilder().append(HAN_SURNAMES.charAt(random.nextInt(HAN_SURNAMES.length())));
        for (int i = 0, given = 1 + random.nextInt(2); i < given; i++) {
            name.append(HAN_GIVEN.charAt(random.nextInt(HAN_GIVEN.length())));
        }
        return name.toString();
    }
}
