package org.partnershipsteward.exchange.control;

/**
 * An error or a warning about one cell, row or file. {@code row} is the row as a spreadsheet numbers it (the header
 * is row 1; 0 means the whole file), {@code field} the column (null for the whole row), {@code rule} a code in
 * UPPER_SNAKE_CASE.
 */
public record Issue(int row, String field, String rule, String message) {
}
