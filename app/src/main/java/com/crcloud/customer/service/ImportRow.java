package com.crcloud.customer.service;

import com.crcloud.customer.domain.Customer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * One customer row of an imported file: the cells as read, the customer they describe (normalised like the form
 * stores it) and every problem found so far. A row with no problems may be stored.
 */
public final class ImportRow {

    private final long row;
    private final Map<CustomerCsvColumn, String> cells;
    private final Customer customer;
    private final List<RowProblem> problems = new ArrayList<>();

    ImportRow(long row, Map<CustomerCsvColumn, String> cells, Customer customer) {
        this.row = row;
        this.cells = Map.copyOf(cells);
        this.customer = customer;
    }

    /** The spreadsheet row number (the header is row 1). */
    public long row() {
        return row;
    }

    /** The cell's text as it was in the file; empty when the file has no such column or the cell is empty. */
    public String cell(CustomerCsvColumn column) {
        return cells.getOrDefault(column, "");
    }

    public List<RowProblem> problems() {
        return Collections.unmodifiableList(problems);
    }

    public boolean valid() {
        return problems.isEmpty();
    }

    Customer customer() {
        return customer;
    }

    void reject(RowProblem problem) {
        problems.add(problem);
    }

    /** The same row with a customer never handed to JPA, for another attempt after a failed transaction. */
    ImportRow retry() {
        Customer copy = new Customer();
        for (CustomerCsvColumn column : CustomerCsvColumn.values()) {
            column.read(copy, column.write(customer));
        }
        ImportRow again = new ImportRow(row, cells, copy);
        problems.forEach(again::reject);
        return again;
    }
}
