package com.crcloud.plugins.compliance;

import java.util.ArrayList;
import java.util.List;

/**
 * An RFC 4180 reader, small enough to audit: fields separated by commas, records by CRLF or LF, fields optionally
 * enclosed in double quotes, inside which commas, line breaks and doubled quotes ({@code ""}) are literal. A
 * leading byte-order mark is ignored and blank lines are skipped. A malformed record (text after a closing quote,
 * or a quote never closed) is returned with an error instead of failing the whole file, so an upload can report
 * it by line.
 */
final class CsvParser {

    /**
     * One record.
     *
     * @param line   the physical line it starts on, 1-based
     * @param fields its fields; meaningless when {@code error} is set
     * @param error  why the record is malformed, or null
     */
    record Row(int line, List<String> fields, String error) {
    }

    private final String text;
    private int pos;
    private int line = 1;

    private CsvParser(String text) {
        this.text = text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    static List<Row> parse(String text) {
        return new CsvParser(text).rows();
    }

    private List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        while (pos < text.length()) {
            int start = line;
            if (atLineBreak()) {
                skipLineBreak();
                continue;
            }
            rows.add(row(start));
        }
        return rows;
    }

    private Row row(int start) {
        List<String> fields = new ArrayList<>();
        String error = null;
        while (true) {
            StringBuilder field = new StringBuilder();
            if (pos < text.length() && text.charAt(pos) == '"') {
                pos++;
                if (!quoted(field)) {
                    return new Row(start, fields, "quoted field opened on line " + start + " is never closed");
                }
                if (pos < text.length() && text.charAt(pos) != ',' && !atLineBreak() && error == null) {
                    error = "unexpected text after a closing quote on line " + line;
                }
            }
            while (pos < text.length() && text.charAt(pos) != ',' && !atLineBreak()) {
                field.append(text.charAt(pos++));
            }
            fields.add(field.toString());
            if (pos < text.length() && text.charAt(pos) == ',') {
                pos++;
                continue;
            }
            skipLineBreak();
            return new Row(start, fields, error);
        }
    }

    /** Reads up to and including the closing quote; false when the text ends first. */
    private boolean quoted(StringBuilder field) {
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == '"') {
                if (pos < text.length() && text.charAt(pos) == '"') {
                    field.append('"');
                    pos++;
                } else {
                    return true;
                }
            } else {
                if (c == '\n') {
                    line++;
                }
                field.append(c);
            }
        }
        return false;
    }

    private boolean atLineBreak() {
        char c = text.charAt(pos);
        return c == '\n' || c == '\r' && (pos + 1 == text.length() || text.charAt(pos + 1) == '\n');
    }

    private void skipLineBreak() {
        if (pos < text.length()) {
            pos += text.charAt(pos) == '\r' && pos + 1 < text.length() ? 2 : 1;
            line++;
        }
    }
}
