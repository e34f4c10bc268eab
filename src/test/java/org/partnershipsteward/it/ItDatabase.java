package org.partnershipsteward.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The integration tests' own connection to the server's database, for what the API cannot show (stored rows, a crash
 * left half done). Only a database server can be reached so: the default run's H2 lives inside Payara's process.
 */
final class ItDatabase {

    private ItDatabase() {
    }

    /** Whether the run uses a MySQL/MariaDB server ({@code .ci/run}'s second stage) the test can connect to. */
    static boolean onMysql() {
        return System.getProperty("it.db.url", "").startsWith("jdbc:mysql");
    }

    static Connection connect() throws SQLException {
        return DriverManager.getConnection(System.getProperty("it.db.url"), System.getProperty("it.db.user"),
                System.getProperty("it.db.password"));
    }
}
