package com.crcloud.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A labelled set for screening quality: listed persons (fictional) and the ways their names reach a reviewer,
 * each query labelled with the listed name it must hit, or with none when it names somebody else. Built by hand
 * per category the issue names: transliteration, order, missing parts, typos, Chinese characters and pinyin.
 */
public final class LabelledNames {

    /** A query and the listed primary name it should hit ({@code null}: it must hit nothing of the targets). */
    public record Query(String name, String expected, String category) {
    }

    /** The listed persons: primary name and aliases, as a name-list line would give them. */
    public static final Map<String, List<String>> TARGETS = Map.ofEntries(
            Map.entry("Vladimir Sergeyevich Petrov", List.of()),
            Map.entry("Mohammed Rashid Al-Hamdani", List.of()),
            Map.entry("José Luis García Márquez", List.of()),
            Map.entry("Aleksandr Ivanovich Kuznetsov", List.of()),
            Map.entry("Olena Mykolaivna Shevchenko", List.of()),
            Map.entry("Jean-Pierre Dubois-Lefèvre", List.of()),
            Map.entry("Yusuf Abdullahi Ibrahim", List.of()),
            Map.entry("Nguyen Van Thanh", List.of()),
            Map.entry("Hassan Ali Rahimi", List.of()),
            Map.entry("Dmitri Anatolyevich Sokolov", List.of()),
            Map.entry("Maria Fernanda Oliveira Santos", List.of()),
            Map.entry("Kim Jong Su", List.of()),
            Map.entry("王小明", List.of()),
            Map.entry("李建国", List.of()),
            Map.entry("张伟华", List.of()),
            Map.entry("欧阳振华", List.of()),
            Map.entry("陈静怡", List.of()),
            Map.entry("黄志强", List.of()),
            Map.entry("Zhou Xinyu", List.of()),
            Map.entry("Sun Lihua", List.of("孙丽华")));

    public static List<Query> queries() {
        List<Query> queries = new ArrayList<>();
        hit(queries, "Vladimir Sergeyevich Petrov", "exact", "Vladimir Sergeyevich Petrov");
        hit(queries, "Vladimir Sergeyevich Petrov", "transliteration", "Wladimir Sergejewitsch Petroff", "Vladimir Sergeevich Petrov");
        hit(queries, "Vladimir Sergeyevich Petrov", "order", "Petrov Vladimir Sergeyevich");
        hit(queries, "Vladimir Sergeyevich Petrov", "missing part", "Vladimir Petrov");
        hit(queries, "Vladimir Sergeyevich Petrov", "typo", "Vladimir Sergeyevich Petorv");
        hit(queries, "Mohammed Rashid Al-Hamdani", "transliteration", "Muhammad Rashid Al Hamdani", "Mohamed Rasheed Alhamdani");
        hit(queries, "Mohammed Rashid Al-Hamdani", "order", "Al-Hamdani Mohammed Rashid");
        hit(queries, "Mohammed Rashid Al-Hamdani", "missing part", "Mohammed Al-Hamdani");
        hit(queries, "Mohammed Rashid Al-Hamdani", "typo", "Mohammed Rashid Al-Hamdany");
        hit(queries, "José Luis García Márquez", "transliteration", "Jose Luis Garcia Marquez");
        hit(queries, "José Luis García Márquez", "missing part", "José García Márquez", "Jose Luis Garcia");
        hit(queries, "José Luis García Márquez", "order", "García Márquez José Luis");
        hit(queries, "Aleksandr Ivanovich Kuznetsov", "transliteration", "Alexander Ivanovich Kuznetsov", "Aleksandr Iwanowitsch Kusnezow");
        hit(queries, "Aleksandr Ivanovich Kuznetsov", "missing part", "Aleksandr Kuznetsov");
        hit(queries, "Aleksandr Ivanovich Kuznetsov", "typo", "Aleksandr Ivanovich Kuznetzov");
        hit(queries, "Olena Mykolaivna Shevchenko", "transliteration", "Elena Nikolaevna Shevchenko", "Olena Mykolayivna Shevtchenko");
        hit(queries, "Olena Mykolaivna Shevchenko", "order", "Shevchenko Olena");
        hit(queries, "Jean-Pierre Dubois-Lefèvre", "transliteration", "Jean Pierre Dubois Lefevre");
        hit(queries, "Jean-Pierre Dubois-Lefèvre", "missing part", "Jean-Pierre Dubois");
        hit(queries, "Jean-Pierre Dubois-Lefèvre", "typo", "Jean-Pierre Dubios-Lefevre");
        hit(queries, "Yusuf Abdullahi Ibrahim", "transliteration", "Yousef Abdullahi Ibrahim", "Yusuf Abdallahi Ebrahim");
        hit(queries, "Yusuf Abdullahi Ibrahim", "order", "Ibrahim Yusuf Abdullahi");
        hit(queries, "Nguyen Van Thanh", "transliteration", "Nguyễn Văn Thành");
        hit(queries, "Nguyen Van Thanh", "order", "Thanh Nguyen Van");
        hit(queries, "Hassan Ali Rahimi", "transliteration", "Hasan Ali Rahimy");
        hit(queries, "Hassan Ali Rahimi", "missing part", "Hassan Rahimi");
        hit(queries, "Dmitri Anatolyevich Sokolov", "transliteration", "Dmitry Anatolievich Sokolov", "Dmitrij Anatoljewitsch Sokolow");
        hit(queries, "Dmitri Anatolyevich Sokolov", "typo", "Dmitri Anatolyevich Sokolv");
        hit(queries, "Maria Fernanda Oliveira Santos", "missing part", "Maria Oliveira Santos", "Maria Fernanda Santos");
        hit(queries, "Maria Fernanda Oliveira Santos", "transliteration", "María Fernanda Oliveira dos Santos");
        hit(queries, "Kim Jong Su", "order", "Jong Su Kim");
        hit(queries, "Kim Jong Su", "joined", "Kim Jongsu");
        hit(queries, "王小明", "exact", "王小明");
        hit(queries, "王小明", "pinyin", "Wang Xiaoming", "Xiaoming Wang", "Wang Xiao Ming");
        hit(queries, "李建国", "pinyin", "Li Jianguo", "Jianguo Li", "LI JIAN GUO");
        hit(queries, "张伟华", "pinyin", "Zhang Weihua");
        hit(queries, "张伟华", "typo", "Zhang Weihau");
        hit(queries, "欧阳振华", "pinyin", "Ouyang Zhenhua", "Zhenhua Ouyang");
        hit(queries, "陈静怡", "pinyin", "Chen Jingyi", "Jingyi Chen");
        hit(queries, "陈静怡", "traditional characters", "陳靜怡");
        hit(queries, "黄志强", "pinyin", "Huang Zhiqiang");
        hit(queries, "黄志强", "transliteration", "Wong Chi Keung");
        hit(queries, "Zhou Xinyu", "characters", "周欣宇");
        hit(queries, "Zhou Xinyu", "order", "Xinyu Zhou");
        hit(queries, "Sun Lihua", "characters", "孙丽华");
        hit(queries, "Sun Lihua", "typo", "Sun Lihau");
        // Somebody else: a shared surname or given name, a near name of another person, or nobody alike.
        miss(queries, "other person, shared part", "Ivan Petrov", "Mohammed Al-Sayed", "José Luis Rodríguez", "Kim Jong Un",
                "Maria Santos", "Hassan Ali Khan", "Nguyen Thi Lan", "Jean Dubois", "Alexander Ivanov");
        miss(queries, "other person, Chinese", "王小红", "Wang Xiaohong", "李建华", "Li Jianhua", "张伟", "Chen Jing",
                "Huang Zhiming", "Zhou Xinyi", "孙立华");
        miss(queries, "unrelated", "Emily Johnson", "Robert Brown", "刘芳", "Liu Fang", "Akira Tanaka", "Fatima Zahra Benali",
                "Olga Petrovna Ivanova", "Carlos Mendes", "Anna Kowalska");
        return queries;
    }

    /** Every listed primary name and alias as a name-list file: one person per line, aliases after ';'. */
    public static String targetLines() {
        StringBuilder lines = new StringBuilder();
        TARGETS.forEach((name, aliases) -> {
            lines.append(name);
            aliases.forEach(alias -> lines.append(';').append(alias));
            lines.append('\n');
        });
        return lines.toString();
    }

    private static void hit(List<Query> queries, String expected, String category, String... names) {
        for (String name : names) {
            queries.add(new Query(name, expected, category));
        }
    }

    private static void miss(List<Query> queries, String category, String... names) {
        for (String name : names) {
            queries.add(new Query(name, null, category));
        }
    }
}
