package org.partnershipsteward.bench;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What the partnership benchmark and the reliability checks share: throwaway MariaDB/MySQL databases
 * (created like {@code .ci/mariadb.sh} does, with the {@code steward} password user the app connects
 * as), properties, percentiles and the machine's load.
 */
final class BenchSupport {

    /** The app's database user, as {@code .ci/mariadb.sh} creates it. */
    static final String APP_USER = "steward";
    static final String APP_PASSWORD = "steward";

    private BenchSupport() {
    }

    /** The server's root URL (no database), {@code bench.mariadb.url}; root with {@code bench.mariadb.password}. */
    static String serverUrl() {
        return property("bench.mariadb.url", "jdbc:mysql://127.0.0.1:3306/");
    }

    static Connection root() throws SQLException {
        return DriverManager.getConnection(serverUrl(), property("bench.mariadb.user", "root"),
                property("bench.mariadb.password", ""));
    }

    /** Creates an empty database and lets the app's user in; returns its JDBC URL. */
    static String createDatabase(String name) throws SQLException {
        try (Connection c = root(); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS `" + name + "`");
            s.execute("CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            for (String host : List.of("127.0.0.1", "localhost")) {
                s.execute("CREATE USER IF NOT EXISTS '" + APP_USER + "'@'" + host + "' IDENTIFIED BY '" + APP_PASSWORD + "'");
                s.execute("GRANT ALL PRIVILEGES ON `" + name + "`.* TO '" + APP_USER + "'@'" + host + "'");
            }
        }
        return databaseUrl(name);
    }

    static String databaseUrl(String name) {
        String server = serverUrl();
        return server + (server.endsWith("/") ? "" : "/") + name;
    }

    static void dropDatabase(String name) {
        try (Connection c = root(); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS `" + name + "`");
        } catch (SQLException e) {
            System.out.println("could not drop database " + name + ": " + e.getMessage());
        }
    }

    /** A connection as the app's user, with batched inserts rewritten into multi-row inserts. */
    static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url + (url.contains("?") ? "&" : "?") + "rewriteBatchedStatements=true",
                APP_USER, APP_PASSWORD);
    }

    static String property(String name, String fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    static int intProperty(String name, int fallback) {
        return Integer.parseInt(property(name, Integer.toString(fallback)));
    }

    static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /** The q-th percentile (0 < q ≤ 100) by the nearest-rank method. */
    static double percentile(long[] sortedNanos, double q) {
        if (sortedNanos.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(q / 100.0 * sortedNanos.length);
        return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, rank - 1))] / 1e6;
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    static void print(String format, Object... args) {
        System.out.printf(Locale.ROOT, format + "%n", args);
        System.out.flush();
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
