package org.partnershipsteward.exchange.control;

/** What importing a row does to what is stored. */
public enum RowAction {
    CREATE, UPDATE, UNCHANGED
}
