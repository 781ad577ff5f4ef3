package com.crcloud.plugins.compliance;

import java.util.ArrayList;
import java.util.List;

/**
 * The compact text form this plugin keeps in the host's {@link com.crcloud.plugin.api.RecordStore}: a record is a
 * list of fields, a field a list of values. Fields are joined with {@code |}, values with {@code ;}, and
 * {@code \}, {@code |}, {@code ;}, CR and LF inside a value are backslash-escaped. This keeps records small (the
 * store allows 8000 characters) and readable in the host's audit trail without a JSON library.
 */
final class RecordCodec {

    private RecordCodec() {
    }

    static String encode(List<List<String>> fields) {
        StringBuilder out = new StringBuilder();
        for (int f = 0; f < fields.size(); f++) {
            if (f > 0) {
                out.append('|');
            }
            List<String> values = fields.get(f);
            for (int v = 0; v < values.size(); v++) {
                if (v > 0) {
                    out.append(';');
                }
                escape(values.get(v), out);
            }
        }
        return out.toString();
    }

    /** The fields of an encoded record; an empty field decodes to an empty list. */
    static List<List<String>> decode(String text) {
        List<List<String>> fields = new ArrayList<>();
        List<String> values = new ArrayList<>();
        StringBuilder value = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                value.append(next == 'n' ? '\n' : next == 'r' ? '\r' : next);
            } else if (c == ';' || c == '|') {
                values.add(value.toString());
                value.setLength(0);
                if (c == '|') {
                    fields.add(values);
                    values = new ArrayList<>();
                }
            } else {
                value.append(c);
            }
        }
        values.add(value.toString());
        fields.add(values);
        fields.replaceAll(field -> field.size() == 1 && field.get(0).isEmpty() ? List.of() : List.copyOf(field));
        return fields;
    }

    /** The single value of a field, or "" when it is empty. */
    static String single(List<List<String>> fields, int index) {
        return index < fields.size() && !fields.get(index).isEmpty() ? fields.get(index).get(0) : "";
    }

    private static void escape(String value, StringBuilder out) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\', '|', ';' -> out.append('\\').append(c);
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
    }
}
