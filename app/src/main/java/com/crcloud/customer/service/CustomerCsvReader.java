package com.crcloud.customer.service;

import com.crcloud.customer.domain.Customer;
import com.crcloud.tenant.support.FieldProblem;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a customer CSV file (RFC 4180: comma-separated, double quotes around values that hold commas, quotes
 * or line breaks) into rows. Refuses the whole file, naming what is wrong, when it is not text in the expected
 * encoding, not CSV, or has a header that does not name the format's columns; per-row problems are left on the
 * rows. The header row is required; columns may come in any order and all but {@code full_name} may be left
 * out. A byte-order mark decides the encoding over the caller's choice.
 */
public final class CustomerCsvReader {

    /** The format of files the import reads and the export writes. Empty lines count as (skipped) rows, so row numbers are the spreadsheet's. */
    public static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).setRecordSeparator("\r\n").get();

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[] UTF16LE_BOM = {(byte) 0xFF, (byte) 0xFE};
    private static final byte[] UTF16BE_BOM = {(byte) 0xFE, (byte) 0xFF};
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final byte[] OLE_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    private final List<CustomerCsvColumn> columns;
    private final Iterator<CSVRecord> records;
    private CSVRecord pending;
    private long lastRow = 1;

    private CustomerCsvReader(List<CustomerCsvColumn> columns, Iterator<CSVRecord> records) {
        this.columns = columns;
        this.records = records;
    }

    /**
     * Decodes the file and checks its header.
     *
     * @param charset the encoding to assume when the file starts with no byte-order mark
     * @throws ImportFileException when the file cannot be read as customer CSV
     */
    public static CustomerCsvReader open(byte[] content, Charset charset) {
        String text = decode(content, charset);
        CSVParser parser;
        try {
            parser = CSVParser.parse(new StringReader(text), FORMAT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Iterator<CSVRecord> records = parser.iterator();
        CSVRecord header = nextRecord(records, 1);
        if (header == null) {
            throw new ImportFileException("import.error.empty");
        }
        return new CustomerCsvReader(columns(header), records);
    }

    /** The file's columns in file order. */
    public List<CustomerCsvColumn> columns() {
        return columns;
    }

    public boolean hasNext() {
        while (pending == null) {
            CSVRecord record = nextRecord(records, lastRow + 1);
            if (record == null) {
                return false;
            }
            lastRow = record.getRecordNumber();
            if (!record.stream().allMatch(String::isBlank)) {
                pending = record;
            }
        }
        return true;
    }

    /** The next row that has any value; rows of empty cells (left behind by spreadsheets) are skipped. */
    public ImportRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        CSVRecord record = pending;
        pending = null;
        return read(record);
    }

    private ImportRow read(CSVRecord record) {
        long number = record.getRecordNumber();
        Map<CustomerCsvColumn, String> cells = new EnumMap<>(CustomerCsvColumn.class);
        Customer customer = new Customer();
        List<RowProblem> problems = new ArrayList<>();
        for (int i = 0; i < Math.min(columns.size(), record.size()); i++) {
            CustomerCsvColumn column = columns.get(i);
            String raw = record.get(i);
            cells.put(column, raw);
            column.read(customer, raw).ifPresent(problem -> problems.add(new RowProblem(number, column.header(), raw, problem)));
        }
        if (record.size() != columns.size()) {
            // Usually an unquoted comma inside a value: the cells no longer line up with their columns.
            problems.clear();
            problems.add(new RowProblem(number, null, "", FieldProblem.of(null, "import.error.columnCount", columns.size(), record.size())));
        }
        ImportRow row = new ImportRow(number, cells, customer);
        problems.forEach(row::reject);
        return row;
    }

    private static CSVRecord nextRecord(Iterator<CSVRecord> records, long row) {
        try {
            return records.hasNext() ? records.next() : null;
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new ImportFileException("import.error.malformed", row);
        }
    }

    private static List<CustomerCsvColumn> columns(CSVRecord header) {
        if (header.size() == 1 && (header.get(0).contains(";") || header.get(0).contains("\t"))) {
            throw new ImportFileException("import.error.separator", header.get(0).contains(";") ? ";" : "TAB");
        }
        List<CustomerCsvColumn> columns = new ArrayList<>();
        Set<String> unknown = new LinkedHashSet<>();
        Set<String> repeated = new LinkedHashSet<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip();
            int position = i + 1;
            CustomerCsvColumn.ofHeader(name).ifPresentOrElse(column -> {
                if (columns.contains(column)) {
                    repeated.add(column.header());
                }
                columns.add(column);
            }, () -> unknown.add(name.isEmpty() ? "#" + position : name));
        }
        String expected = Arrays.stream(CustomerCsvColumn.values()).map(CustomerCsvColumn::header).collect(Collectors.joining(", "));
        if (!unknown.isEmpty()) {
            throw new ImportFileException("import.error.unknownColumns", String.join(", ", unknown), expected);
        }
        if (!repeated.isEmpty()) {
            throw new ImportFileException("import.error.repeatedColumns", String.join(", ", repeated));
        }
        if (!columns.contains(CustomerCsvColumn.FULL_NAME)) {
            throw new ImportFileException("import.error.missingColumns", CustomerCsvColumn.FULL_NAME.header(), expected);
        }
        return List.copyOf(columns);
    }

    /** Strict decoding: a byte that is not text in the encoding stops the import with its line number. */
    private static String decode(byte[] content, Charset assumed) {
        if (startsWith(content, ZIP_MAGIC) || startsWith(content, OLE_MAGIC)) {
            throw new ImportFileException("import.error.spreadsheet");
        }
        Charset charset = assumed;
        int offset = 0;
        if (startsWith(content, UTF8_BOM)) {
            charset = StandardCharsets.UTF_8;
            offset = UTF8_BOM.length;
        } else if (startsWith(content, UTF16LE_BOM)) {
            charset = StandardCharsets.UTF_16LE;
            offset = UTF16LE_BOM.length;
        } else if (startsWith(content, UTF16BE_BOM)) {
            charset = StandardCharsets.UTF_16BE;
            offset = UTF16BE_BOM.length;
        }
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content, offset, content.length - offset);
        // No supported encoding yields more characters than bytes.
        CharBuffer out = CharBuffer.allocate(content.length - offset + 16);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw new ImportFileException("import.error.encoding", charset.displayName(), lineOf(content, in.position()));
        }
        String text = out.flip().toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static long lineOf(byte[] content, int position) {
        long line = 1;
        for (int i = 0; i < position && i < content.length; i++) {
            if (content[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }
}
