package org.partnershipsteward.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The embedded database must give every concurrent insert its own AUTO_INCREMENT id. H2 2.2.224,
 * the version Payara Micro bundles, does not (h2database#3950: about 30 of 64,000 inserts from 32
 * threads failed with a primary-key violation); the WAR ships the H2 on this test class path.
 */
class EmbeddedDatabaseIdentityTest {

    private static final int THREADS = 32;
    private static final int INSERTS_PER_THREAD = 1_000;

    @Test
    void concurrentInsertsNeverReuseAnAutoIncrementId() throws Exception {
        String url = "jdbc:h2:mem:identity-" + System.nanoTime() + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            c.createStatement().execute("CREATE TABLE entry (id BIGINT NOT NULL AUTO_INCREMENT, v VARCHAR(20), PRIMARY KEY (id))");
        }
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<Integer>> failures = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            failures.add(pool.submit(() -> insertAndCountFailures(url)));
        }
        int failed = 0;
        for (Future<Integer> f : failures) {
            failed += f.get();
        }
        pool.shutdown();
        assertEquals(0, failed, "inserts that hit a duplicate id");
        try (Connection c = DriverManager.getConnection(url, "sa", "");
             var rs = c.createStatement().executeQuery("SELECT COUNT(*), COUNT(DISTINCT id) FROM entry")) {
            rs.next();
            assertEquals(rs.getLong(1), rs.getLong(2));
        }
    }

    private static int insertAndCountFailures(String url) throws SQLException {
        int failed = 0;
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            c.setAutoCommit(false);
            for (int i = 0; i < INSERTS_PER_THREAD; i++) {
                try (var insert = c.prepareStatement("INSERT INTO entry (v) VALUES (?)")) {
                    insert.setString(1, "x");
                    insert.executeUpdate();
                } catch (SQLException duplicate) {
                    failed++;
                }
                if (i % 3 == 0) {
                    c.commit();
                } else if (i % 7 == 0) {
                    c.rollback();
                }
            }
            c.commit();
        }
        return failed;
    }
}
