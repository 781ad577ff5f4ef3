package com.crcloud.plugins.compliance;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One person on a watchlist, reduced to what screening compares. Multi-valued fields keep the list's own
 * spelling; matching normalises at screening time, so a better matcher never needs a re-upload.
 *
 * @param id          the list's id for the entry, stable across re-uploads where the list provides one
 * @param name        the primary name as listed (any script)
 * @param aliases     other names, spellings and scripts
 * @param birthDates  dates of birth as listed: {@code 1960}, {@code 1960-05} or {@code 1960-05-01}
 * @param countries   ISO 3166-1 alpha-2 codes, lower case
 * @param identifiers ID, passport and registration numbers as listed
 * @param version     changes whenever the list changes the entry; invalidates false-positive decisions
 */
public record WatchlistEntry(String id, String name, List<String> aliases, List<String> birthDates, List<String> countries,
                             List<String> identifiers, String version) {

    private static final String FORMAT = "1";

    public WatchlistEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(aliases);
        birthDates = List.copyOf(birthDates);
        countries = List.copyOf(countries);
        identifiers = List.copyOf(identifiers);
        Objects.requireNonNull(version, "version");
    }

    /** The primary name followed by the aliases. */
    public List<String> allNames() {
        List<String> names = new ArrayList<>(aliases.size() + 1);
        names.add(name);
        names.addAll(aliases);
        return names;
    }

    /** This entry in {@link RecordCodec} form, led by a format version so the layout can evolve. */
    String encode() {
        return RecordCodec.encode(List.of(List.of(FORMAT), List.of(id), List.of(name), aliases, birthDates, countries,
                identifiers, List.of(version)));
    }

    static WatchlistEntry decode(String text) {
        List<List<String>> fields = RecordCodec.decode(text);
        if (!FORMAT.equals(RecordCodec.single(fields, 0)) || fields.size() != 8) {
            throw new IllegalStateException("Unreadable watchlist record: " + text.substring(0, Math.min(60, text.length())));
        }
        return new WatchlistEntry(RecordCodec.single(fields, 1), RecordCodec.single(fields, 2), fields.get(3), fields.get(4),
                fields.get(5), fields.get(6), RecordCodec.single(fields, 7));
    }

    WatchlistEntry withAliases(List<String> fewerAliases) {
        return new WatchlistEntry(id, name, fewerAliases, birthDates, countries, identifiers, version);
    }
}
