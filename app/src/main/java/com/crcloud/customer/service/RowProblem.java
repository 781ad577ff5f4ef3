package com.crcloud.customer.service;

import com.crcloud.tenant.support.FieldProblem;

/**
 * Why one row of an imported file was refused.
 *
 * @param row     the spreadsheet row number: the header is row 1, the first customer row 2
 * @param column  the CSV column name the problem concerns, or null when it concerns the whole row
 * @param value   the cell's text as it was in the file (empty for a whole-row problem)
 * @param problem the reason, as a message key for the reader's language
 */
public record RowProblem(long row, String column, String value, FieldProblem problem) {
}
