package org.partnershipsteward.platform.persistence;

import java.sql.SQLException;

/** Tells a unique-key or foreign-key violation (SQLSTATE class 23) from other database errors. */
public final class Constraints {

    private Constraints() {
    }

    public static boolean isViolation(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }
}
