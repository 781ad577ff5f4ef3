package com.crcloud.customer.service;

import java.util.List;

/**
 * The first rows of a file, checked by every rule, before anything is stored.
 *
 * @param totalRows how many customer rows the whole file has
 * @param rows      the first {@link CustomerImportService#PREVIEW_ROWS} rows with their problems
 */
public record ImportPreview(String fileName, List<CustomerCsvColumn> columns, long totalRows, List<ImportRow> rows) {

    public long invalidRowsShown() {
        return rows.stream().filter(row -> !row.valid()).count();
    }
}
