package org.partnershipsteward.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** The MySQL-dialect migrations of sql/ also build the embedded H2 (MySQL mode) schema. */
class MigrationsTest {

    @Test
    void everyMigrationAppliesOnEmbeddedH2InMySqlMode() throws SQLException {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:migrations-" + System.nanoTime() + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        h2.setPassword("");
        Flyway flyway = Flyway.configure().dataSource(h2).locations("filesystem:sql").load();
        var result = flyway.migrate();
        assertTrue(result.migrationsExecuted >= 1);
        assertEquals(0, flyway.info().pending().length);

        try (Connection c = h2.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO account (email, display_name, created_at) VALUES ('a@x', 'A', NOW(6))");
            SQLException duplicate = assertThrows(SQLException.class,
                    () -> s.executeUpdate("INSERT INTO account (email, display_name, created_at) VALUES ('a@x', 'B', NOW(6))"));
            assertTrue(Constraints.isViolation(duplicate), duplicate.getSQLState());
        }
    }

    @Test
    void vendorDataSourceIsChosenByTheUrlAlone() {
        assertEquals(UrlRoutingDataSource.MYSQL_DATA_SOURCE, UrlRoutingDataSource.vendorClassFor("jdbc:mysql://db:3306/steward"));
        assertEquals(UrlRoutingDataSource.H2_DATA_SOURCE, UrlRoutingDataSource.vendorClassFor("jdbc:h2:file:./data/steward"));
        assertThrows(IllegalStateException.class, () -> UrlRoutingDataSource.vendorClassFor("jdbc:postgresql://x/y"));
        assertThrows(IllegalStateException.class, () -> UrlRoutingDataSource.vendorClassFor(" "));
    }
}
