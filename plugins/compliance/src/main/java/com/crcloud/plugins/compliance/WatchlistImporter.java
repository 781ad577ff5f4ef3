package com.crcloud.plugins.compliance;

import com.crcloud.plugin.api.RecordStore;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Turns an uploaded watchlist into {@link WatchlistEntry entries} and keeps them in the tenant's record store,
 * where {@link WatchlistScreening} finds them. The host's upload screen calls {@code parse…}, shows the
 * {@link ImportResult} (entries, skipped rows, errors by line) and, once the user confirms, {@link #store}.
 *
 * <p>Storage layout: collection {@code "watchlist:<listName>"} holds one record per entry (key: entry id, value:
 * {@link RecordCodec} form); collection {@code "watchlists"} holds one record per list (value: entry count and
 * version, {@code "50000|<hash>"}). The version is a hash of the stored entries, written after them: screening
 * keeps a list prepared in memory while its version stays the same ({@link PreparedWatchlists}).
 */
public final class WatchlistImporter {

    static final String LIST_INDEX = "watchlists";
    static final String LIST_PREFIX = "watchlist:";
    /** Keeps {@code customerId:listName:entryId} within the store's 200-character keys. */
    static final int MAX_LIST_NAME = 64;
    static final int MAX_ENTRY_ID = 96;
    private static final int MAX_RECORD = 8000;
    private static final String PERSON = "Person";

    private WatchlistImporter() {
    }

    /**
     * Reads an OpenSanctions {@code targets.simple.csv} export. Columns are found by header name, unknown columns
     * are ignored and only {@code id} and {@code name} are required. Only {@code Person} rows are kept; other
     * schemata are counted as skipped. The entry version is {@code last_change}, or a hash of the row when the
     * export has none.
     *
     * @throws IllegalArgumentException when the list name is unusable or a required column is missing
     */
    public static ImportResult parseOpenSanctions(String listName, String csvText) {
        checkListName(listName);
        List<CsvParser.Row> rows = CsvParser.parse(csvText);
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("The OpenSanctions file is empty; expected a header row");
        }
        CsvParser.Row header = rows.get(0);
        if (header.error() != null) {
            throw new IllegalArgumentException("The OpenSanctions header row is malformed: " + header.error());
        }
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.fields().size(); i++) {
            columns.putIfAbsent(header.fields().get(i).trim().toLowerCase(Locale.ROOT), i);
        }
        for (String required : List.of("id", "name")) {
            if (!columns.containsKey(required)) {
                throw new IllegalArgumentException("The OpenSanctions file has no '" + required + "' column; found: "
                        + String.join(", ", header.fields()));
            }
        }
        List<WatchlistEntry> entries = new ArrayList<>();
        List<ImportResult.LineError> errors = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        int skipped = 0;
        for (CsvParser.Row row : rows.subList(1, rows.size())) {
            if (row.error() != null) {
                errors.add(new ImportResult.LineError(row.line(), row.error()));
                continue;
            }
            if (row.fields().size() != header.fields().size()) {
                errors.add(new ImportResult.LineError(row.line(), "has " + row.fields().size() + " fields, the header has "
                        + header.fields().size()));
                continue;
            }
            Map<String, String> cell = new HashMap<>();
            columns.forEach((column, index) -> cell.put(column, row.fields().get(index).trim()));
            if (!cell.getOrDefault("schema", PERSON).equals(PERSON)) {
                skipped++;
                continue;
            }
            String id = cell.get("id");
            String problem = checkEntry(id, cell.get("name"), seen, "id " + id);
            if (problem != null) {
                errors.add(new ImportResult.LineError(row.line(), problem));
                continue;
            }
            seen.put(id, row.line());
            String version = cell.getOrDefault("last_change", "");
            entries.add(new WatchlistEntry(id, cell.get("name"), aliases(cell.get("name"), split(cell.get("aliases"))),
                    split(cell.get("birth_date")), split(cell.get("countries")).stream().map(c -> c.toLowerCase(Locale.ROOT)).toList(),
                    split(cell.get("identifiers")), version.isEmpty() ? hash(String.join("\u0000", row.fields())) : version));
        }
        return new ImportResult(entries, skipped, errors);
    }

    /**
     * Reads a plain name list: one person per line as {@code name; alias; alias}, {@code #} starting a comment.
     * Such lists have no ids, so the id is a hash of the primary name (stable across re-uploads) and the version a
     * hash of the whole line (so adding an alias invalidates earlier false-positive decisions).
     */
    public static ImportResult parseNameList(String listName, String text) {
        checkListName(listName);
        String[] lines = (text.startsWith("\uFEFF") ? text.substring(1) : text).split("\r?\n", -1);
        List<WatchlistEntry> entries = new ArrayList<>();
        List<ImportResult.LineError> errors = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < lines.length; i++) {
            int comment = lines[i].indexOf('#');
            String content = (comment >= 0 ? lines[i].substring(0, comment) : lines[i]).trim();
            if (content.isEmpty()) {
                continue;
            }
            List<String> names = split(content);
            String name = names.isEmpty() ? "" : names.get(0);
            String id = "n-" + hash(name.toLowerCase(Locale.ROOT));
            String problem = checkEntry(id, name, seen, "name '" + name + "'");
            if (problem != null) {
                errors.add(new ImportResult.LineError(i + 1, problem));
                continue;
            }
            seen.put(id, i + 1);
            entries.add(new WatchlistEntry(id, name, aliases(name, names.subList(1, names.size())), List.of(), List.of(),
                    List.of(), hash(String.join(";", names))));
        }
        return new ImportResult(entries, 0, errors);
    }

    /**
     * Replaces the stored list with these entries: writes new and changed entries, deletes entries no longer on
     * the list and updates the list index. Unchanged entries are not rewritten, so the host's audit trail shows
     * what a re-upload really changed.
     *
     * @return ids of entries whose aliases had to be shortened to fit the store's 8000-character records
     */
    public static List<String> store(RecordStore store, String listName, List<WatchlistEntry> entries) {
        checkListName(listName);
        String collection = LIST_PREFIX + listName;
        Set<String> obsolete = new LinkedHashSet<>(store.keys(collection));
        List<String> shortened = new ArrayList<>();
        Map<String, String> stored = new TreeMap<>();
        for (WatchlistEntry entry : entries) {
            String value = entry.encode();
            if (value.length() > MAX_RECORD) {
                shortened.add(entry.id());
                value = fitted(entry);
            }
            obsolete.remove(entry.id());
            stored.put(entry.id(), value);
            if (!store.get(collection, entry.id()).filter(value::equals).isPresent()) {
                store.put(collection, entry.id(), value);
            }
        }
        obsolete.forEach(id -> store.delete(collection, id));
        StringBuilder content = new StringBuilder();
        stored.forEach((id, value) -> content.append(id).append('\u0000').append(value).append('\n'));
        store.put(LIST_INDEX, listName, RecordCodec.encode(List.of(List.of(Integer.toString(entries.size())),
                List.of(hash(content.toString())))));
        return shortened;
    }

    /** Every stored list's name with its version: the list's record in the index, rewritten with every change. */
    static Map<String, String> versions(RecordStore store) {
        Map<String, String> versions = new TreeMap<>();
        pages(store, LIST_INDEX, record -> versions.put(record.key(), record.value()));
        return versions;
    }

    /** The entries of one stored list, in id order. */
    static List<WatchlistEntry> load(RecordStore store, String listName) {
        List<WatchlistEntry> entries = new ArrayList<>();
        pages(store, LIST_PREFIX + listName, record -> entries.add(WatchlistEntry.decode(record.value())));
        return entries;
    }

    /** Page by page: a 50 000-entry list is 50 reads, not 50 000. */
    private static void pages(RecordStore store, String collection, Consumer<RecordStore.StoredRecord> action) {
        List<RecordStore.StoredRecord> page = store.page(collection, null, RecordStore.MAX_PAGE);
        while (!page.isEmpty()) {
            page.forEach(action);
            page = page.size() < RecordStore.MAX_PAGE ? List.of()
                    : store.page(collection, page.get(page.size() - 1).key(), RecordStore.MAX_PAGE);
        }
    }

    private static String fitted(WatchlistEntry entry) {
        List<String> aliases = new ArrayList<>(entry.aliases());
        String value;
        do {
            aliases.remove(aliases.size() - 1);
            value = entry.withAliases(aliases).encode();
        } while (value.length() > MAX_RECORD && !aliases.isEmpty());
        if (value.length() > MAX_RECORD) {
            throw new IllegalArgumentException("Entry " + entry.id() + " does not fit a record even without aliases");
        }
        return value;
    }

    private static void checkListName(String listName) {
        if (listName == null || listName.isBlank() || listName.length() > MAX_LIST_NAME
                || listName.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("A list name must be 1 to " + MAX_LIST_NAME + " printable characters");
        }
    }

    /** Why a row cannot become an entry, or null; {@code what} names the entry in a duplicate message. */
    private static String checkEntry(String id, String name, Map<String, Integer> seen, String what) {
        if (id == null || id.isEmpty()) {
            return "has no id";
        }
        if (id.length() > MAX_ENTRY_ID) {
            return "id is longer than " + MAX_ENTRY_ID + " characters";
        }
        if (name == null || name.isEmpty()) {
            return "has no name";
        }
        if (seen.containsKey(id)) {
            return "repeats " + what + " from line " + seen.get(id);
        }
        return null;
    }

    private static List<String> split(String cell) {
        return cell == null ? List.of() : Arrays.stream(cell.split(";")).map(String::trim).filter(v -> !v.isEmpty()).distinct().toList();
    }

    private static List<String> aliases(String name, List<String> candidates) {
        return candidates.stream().filter(alias -> !alias.equals(name)).distinct().toList();
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM provides SHA-256", e);
        }
    }
}
