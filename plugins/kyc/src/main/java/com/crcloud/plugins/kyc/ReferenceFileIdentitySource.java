package com.crcloud.plugins.kyc;

import com.crcloud.plugin.api.RecordStore;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An {@link IdentitySource} backed by a reference list the tenant uploads (e.g. an extract from its core banking
 * system), kept in the plugin's {@link RecordStore} collection {@value #COLLECTION}: one record per ID number,
 * whose value is the registered name. Keys are normalised ID numbers (see {@link #normaliseIdNumber(String)});
 * names are stored as uploaded and compared ignoring whitespace, case and full-width/half-width differences.
 *
 * <p>While the collection is empty the tenant has not uploaded a list, so every lookup is
 * {@link Result#UNAVAILABLE} rather than {@link Result#NOT_FOUND}.
 */
public final class ReferenceFileIdentitySource implements IdentitySource {

    /** The record-store collection holding the reference list. */
    public static final String COLLECTION = "identity-reference";
    private static final Pattern ID_NUMBER = Pattern.compile("[A-Z0-9]{1,200}");
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\p{Z}]+");
    private static final String BYTE_ORDER_MARK = "\uFEFF";

    private final RecordStore store;

    public ReferenceFileIdentitySource(RecordStore store) {
        this.store = store;
    }

    @Override
    public Result lookup(String name, String idNumber) {
        Optional<String> registered = store.get(COLLECTION, normaliseIdNumber(idNumber));
        if (registered.isPresent()) {
            return normaliseName(registered.get()).equals(normaliseName(name)) ? Result.MATCH : Result.NAME_MISMATCH;
        }
        return store.keys(COLLECTION).isEmpty() ? Result.UNAVAILABLE : Result.NOT_FOUND;
    }

    /**
     * Parses a reference list: UTF-8 text, one {@code idNumber,name} per line, an optional first row
     * {@code id_number,name}, blank lines ignored. The same ID number may repeat only with the same name.
     * Problems are reported with line numbers but without the line's content, which is personal data.
     *
     * @return name by normalised ID number, in file order
     * @throws IllegalArgumentException listing every malformed line; nothing is returned in that case
     */
    public static Map<String, String> parse(String csvText) {
        List<String> lines = (csvText.startsWith(BYTE_ORDER_MARK) ? csvText.substring(1) : csvText).lines().toList();
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, Integer> firstLines = new HashMap<>();
        List<String> problems = new ArrayList<>();
        boolean firstContentLine = true;
        for (int index = 0; index < lines.size(); index++) {
            int lineNumber = index + 1;
            String line = lines.get(index);
            if (line.isBlank()) {
                continue;
            }
            String[] fields = line.split(",", -1);
            boolean header = fields.length == 2 && fields[0].strip().equalsIgnoreCase("id_number") && fields[1].strip().equalsIgnoreCase("name");
            if (firstContentLine && header) {
                firstContentLine = false;
                continue;
            }
            firstContentLine = false;
            if (fields.length != 2) {
                problems.add("line " + lineNumber + ": expected 2 fields \"idNumber,name\" but found " + fields.length);
                continue;
            }
            String idNumber = normaliseIdNumber(fields[0]);
            String name = fields[1].strip();
            if (!ID_NUMBER.matcher(idNumber).matches()) {
                problems.add("line " + lineNumber + ": the ID number must be 1 to 200 letters or digits");
            } else if (name.isEmpty()) {
                problems.add("line " + lineNumber + ": the name is blank");
            } else if (names.containsKey(idNumber) && !normaliseName(names.get(idNumber)).equals(normaliseName(name))) {
                problems.add("line " + lineNumber + ": the ID number is already on line " + firstLines.get(idNumber) + " with a different name");
            } else if (!names.containsKey(idNumber)) {
                names.put(idNumber, name);
                firstLines.put(idNumber, lineNumber);
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("The identity reference list has " + problems.size() + " malformed line(s): "
                    + String.join("; ", problems));
        }
        return names;
    }

    /**
     * Parses {@code csv} with {@link #parse(String)} and stores every record, replacing the name of an ID number
     * already on file; records not in {@code csv} are kept. Nothing is stored when the list is malformed.
     *
     * @return the number of records stored
     */
    public static int importInto(RecordStore store, String csv) {
        Map<String, String> names = parse(csv);
        names.forEach((idNumber, name) -> store.put(COLLECTION, idNumber, name));
        return names.size();
    }

    /** The form ID numbers are stored and looked up in: full-width characters folded, whitespace removed, upper case. */
    static String normaliseIdNumber(String idNumber) {
        return WHITESPACE.matcher(Normalizer.normalize(idNumber, Normalizer.Form.NFKC)).replaceAll("").toUpperCase(Locale.ROOT);
    }

    /** The form names are compared in: full-width characters folded, whitespace removed, case ignored. */
    static String normaliseName(String name) {
        return WHITESPACE.matcher(Normalizer.normalize(name, Normalizer.Form.NFKC)).replaceAll("").toLowerCase(Locale.ROOT);
    }
}
