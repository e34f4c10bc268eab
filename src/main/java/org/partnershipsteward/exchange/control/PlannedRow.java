package org.partnershipsteward.exchange.control;

import java.util.List;

/**
 * One row of a file as the import would apply it: its spreadsheet row number, a key a person recognises (an email,
 * a name), the action, the value read from it, and the stored value it replaces (null for a new record).
 */
public record PlannedRow<V>(int row, String key, RowAction action, V value, V stored, List<String> changed) {
}
