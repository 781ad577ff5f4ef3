package com.crcloud.privacy.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where encrypted personal data is stored, table by table (base and history tables alike): what rotation rewrites
 * and what readers below the entities (the audit chain) must decrypt before comparing or hashing.
 */
public final class PersonalDataColumns {

    /** A table with encrypted columns: its key columns after tenant_id, its encrypted text and binary columns. */
    public record EncryptedTable(String name, List<String> keyColumns, List<String> textColumns, List<String> binaryColumns,
                                 List<String> indexColumns) {

        List<String> columns() {
            List<String> all = new ArrayList<>(keyColumns);
            all.addAll(textColumns);
            all.addAll(binaryColumns);
            all.addAll(indexColumns);
            return all;
        }
    }

    public static final List<EncryptedTable> TABLES = List.of(
            new EncryptedTable("customer", List.of("id"), List.of("national_id_number", "phone", "email", "address_line"),
                    List.of(), List.of("national_id_type", "national_id_index", "email_index", "phone_index")),
            new EncryptedTable("customer_aud", List.of("id", "rev"), List.of("national_id_number", "phone", "email", "address_line"),
                    List.of(), List.of()),
            new EncryptedTable("customer_document", List.of("id"), List.of(), List.of("content"), List.of()),
            new EncryptedTable("customer_message", List.of("id"), List.of("recipient", "body"), List.of("attachment"), List.of()),
            new EncryptedTable("customer_message_aud", List.of("id", "rev"), List.of("recipient", "body"), List.of(), List.of()),
            new EncryptedTable("mail_settings", List.of("id"), List.of("password"), List.of(), List.of()));

    private PersonalDataColumns() {
    }

    public static boolean isEncrypted(String table, String column) {
        String tableName = table.toLowerCase(Locale.ROOT);
        String columnName = column.toLowerCase(Locale.ROOT);
        return TABLES.stream().anyMatch(encrypted -> encrypted.name().equals(tableName)
                && (encrypted.textColumns().contains(columnName) || encrypted.binaryColumns().contains(columnName)));
    }
}
