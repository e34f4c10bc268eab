package org.partnershipsteward.platform.csv;

/**
 * Cells of every CSV the application writes, against formula injection (OWASP "CSV Injection"): a cell that a
 * spreadsheet would read as a formula, one starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a
 * carriage return, is written with a leading apostrophe, which spreadsheets show as text. The import reads such a
 * cell back without the apostrophe ({@link #restore}), so an export imports unchanged.
 */
public final class CsvCells {

    private CsvCells() {
    }

    /** Whether a spreadsheet would take the value for a formula. */
    public static boolean risky(String value) {
        if (value == null || value.isEmpty()) {
            return false;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    /** The value as it is safe to write into a CSV cell. */
    public static String neutralize(String value) {
        return risky(value) ? "'" + value : value;
    }

    /** The same for any cell value (numbers are written as their text). */
    public static Object cell(Object value) {
        return value instanceof CharSequence text ? neutralize(text.toString()) : value;
    }

    /** The value a neutralised cell stood for: a leading apostrophe before a risky character is dropped. */
    public static String restore(String cell) {
        if (cell != null && cell.length() > 1 && cell.charAt(0) == '\'' && risky(cell.substring(1))) {
            return cell.substring(1);
        }
        return cell;
    }
}
