package com.crcloud.bench;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Screening lists of a given size: the labelled targets of {@link LabelledNames} plus seeded background persons
 * (made-up Latin-script names of two or three words, and one in ten a Chinese name in characters), one per line
 * in the plain name-list format the compliance plugin takes.
 */
public final class Watchlists {

    private static final List<String> SYLLABLES = List.of("ka", "lo", "mi", "ren", "ta", "vo", "sel", "dor", "ab", "ul",
            "ne", "ris", "ko", "man", "tev", "il", "sa", "gor", "be", "xan", "po", "lin", "dra", "mu", "fe", "zi", "hal",
            "ost", "ru", "vek", "na", "qui", "de", "bra", "ty", "lem");
    private static final String HAN_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗";
    private static final String HAN_GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛超兰霞平刚桂";

    private Watchlists() {
    }

    /** A list of exactly {@code entries} persons, the labelled targets first. */
    public static String nameList(int entries, long seed) {
        StringBuilder list = new StringBuilder(LabelledNames.targetLines());
        Set<String> used = new HashSet<>(LabelledNames.TARGETS.keySet());
        LabelledNames.queries().forEach(query -> used.add(query.name()));
        SplittableRandom random = new SplittableRandom(seed);
        int count = LabelledNames.TARGETS.size();
        while (count < entries) {
            String name = random.nextInt(10) == 0 ? hanName(random) : latinName(random);
            if (used.add(name)) {
                list.append(name).append('\n');
                count++;
            }
        }
        return list.toString();
    }

    private static String latinName(SplittableRandom random) {
        int words = 2 + random.nextInt(2);
        StringBuilder name = new StringBuilder();
        for (int w = 0; w < words; w++) {
            if (w > 0) {
                name.append(' ');
            }
            int syllables = 2 + random.nextInt(2);
            StringBuilder word = new StringBuilder();
            for (int s = 0; s < syllables; s++) {
                word.append(SYLLABLES.get(random.nextInt(SYLLABLES.size())));
            }
            name.append(Character.toUpperCase(word.charAt(0))).append(word, 1, word.length());
        }
        return name.toString();
    }

    private static String hanName(SplittableRandom random) {
        StringBuilder name = new StringBuilder().append(HAN_SURNAMES.charAt(random.nextInt(HAN_SURNAMES.length())));
        int given = 1 + random.nextInt(2);
        for (int i = 0; i < given; i++) {
            name.append(HAN_GIVEN.charAt(random.nextInt(HAN_GIVEN.length())));
        }
        return name.toString();
    }
}
