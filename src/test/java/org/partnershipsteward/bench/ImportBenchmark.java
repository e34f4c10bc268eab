package org.partnershipsteward.bench;

import static org.partnershipsteward.bench.BenchSupport.print;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The import step of the partnership benchmark (issue 18): a file of {@code bench.import.members} (5,000) new members of
 * the generated organisations is checked in a dry run and imported in one commit through {@code POST /api/imports/members}
 * (each member pre-screened, an account per member, every member in the audit trail), next to a bare JDBC batch insert
 * of the same rows (accounts, roles, members; other emails) in one transaction, in the same run.
 */
final class ImportBenchmark {

    private static final String[] CRITERIA = {"LAW_ENFORCEMENT_OFFICIAL", "LAW_ENFORCEMENT_OFFICIAL",
        "LAW_ENFORCEMENT_OFFICIAL", "LAW_ENFORCEMENT_OFFICIAL", "SECURITY_PRACTITIONER", "SECURITY_PRACTITIONER",
        "SECURITY_PRACTITIONER", "SECURITY_SERVICES_SUPPLIER", "CRITICAL_INFRASTRUCTURE_OFFICIAL",
        "CRITICAL_INFRASTRUCTURE_OFFICIAL"};

    private ImportBenchmark() {
    }

    /** One row of the file: the same values for the import and the JDBC insert, only the email's prefix differs. */
    record Row(String email, String firstName, String lastName, String title, int organization, String criterion,
            LocalDate joinedOn) {
    }

    static List<Row> rows(String prefix, int count, int organizations) {
        LocalDate start = LocalDate.of(2012, 1, 1);
        return java.util.stream.IntStream.range(0, count).mapToObj(i -> {
            int org = i % organizations;
            return new Row(prefix + i + "@" + PartnershipData.DOMAIN, "Imported", "Member-" + i,
                    org % 10 < 4 ? "Chief of Police" : "Chief Security Officer", org, CRITERIA[org % 10],
                    start.plusDays(i % 4000));
        }).toList();
    }

    static String csv(List<Row> rows) {
        StringBuilder out = new StringBuilder("email,firstName,lastName,title,organization,criterion,status,joinedOn,leftOn,phone\r\n");
        for (Row r : rows) {
            out.append(r.email()).append(',').append(r.firstName()).append(',').append(r.lastName()).append(',')
                    .append(r.title()).append(",Bench Organization ").append(r.organization()).append(',')
                    .append(r.criterion()).append(",ACTIVE,").append(r.joinedOn()).append(",,\r\n");
        }
        return out.toString();
    }

    static void run(AppProcess app, String url, String auth, int count, int organizations, List<String> summary)
            throws Exception {
        byte[] file = csv(rows("import", count, organizations)).getBytes(StandardCharsets.UTF_8);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        double dryMs = post(client, app, auth, file, true, "\"created\":" + count);
        double commitMs = post(client, app, auth, file, false, "\"created\":" + count);
        double againMs = post(client, app, auth, file, true, "\"unchanged\":" + count);
        double jdbcMs = jdbc(url, rows("jdbc", count, organizations));
        print("import of %d members (%d KiB): dry run %.0f ms, commit %.0f ms, the same file again (dry run, all unchanged) "
                + "%.0f ms; bare JDBC batch insert of the same rows (accounts, roles, members, one transaction) %.0f ms",
                count, file.length / 1024, dryMs, commitMs, againMs, jdbcMs);
        summary.add(String.format(Locale.ROOT, "import of %d members: dry run %.1f s, commit %.1f s; bare JDBC batch insert "
                + "%.1f s (commit / JDBC %.0f×)", count, dryMs / 1000, commitMs / 1000, jdbcMs / 1000, commitMs / jdbcMs));
    }

    private static double post(HttpClient client, AppProcess app, String auth, byte[] file, boolean dryRun, String expected)
            throws Exception {
        long t0 = System.nanoTime();
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(app.uri("/api/imports/members?dryRun=" + dryRun))
                .header("Authorization", auth).header("Content-Type", "text/csv").timeout(Duration.ofMinutes(10))
                .POST(HttpRequest.BodyPublishers.ofByteArray(file)).build(), HttpResponse.BodyHandlers.ofString());
        double ms = (System.nanoTime() - t0) / 1e6;
        if (r.statusCode() != 200 || !r.body().contains(expected)) {
            throw new IllegalStateException("import (dryRun=" + dryRun + ") answered " + r.statusCode() + ": "
                    + r.body().substring(0, Math.min(2000, r.body().length())));
        }
        return ms;
    }

    /** The same rows straight into the tables, batched, in one transaction: what the database itself needs. */
    static double jdbc(String url, List<Row> rows) throws Exception {
        try (Connection c = BenchSupport.connect(url)) {
            long orgBase;
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT MIN(id) FROM organization WHERE name LIKE 'Bench Organization %'")) {
                rs.next();
                orgBase = rs.getLong(1);
            }
            long t0 = System.nanoTime();
            c.setAutoCommit(false);
            Timestamp now = Timestamp.from(Instant.now());
            long accountBase = next(c, "account");
            long memberBase = next(c, "member");
            try (PreparedStatement a = c.prepareStatement("INSERT INTO account (id, email, display_name, enabled, created_at) "
                    + "VALUES (?, ?, ?, TRUE, ?)");
                    PreparedStatement role = c.prepareStatement("INSERT INTO account_role (account_id, role) VALUES (?, 'MEMBER')");
                    PreparedStatement m = c.prepareStatement("INSERT INTO member (id, account_id, first_name, last_name, email, "
                            + "title, organization_id, criterion, status, executive_level, joined_on, created_at, updated_at) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE', 'CONFIRMED', ?, ?, ?)")) {
                for (int i = 0; i < rows.size(); i++) {
                    Row r = rows.get(i);
                    a.setLong(1, accountBase + i);
                    a.setString(2, r.email());
                    a.setString(3, r.firstName() + " " + r.lastName());
                    a.setTimestamp(4, now);
                    a.addBatch();
                    role.setLong(1, accountBase + i);
                    role.addBatch();
                    m.setLong(1, memberBase + i);
                    m.setLong(2, accountBase + i);
                    m.setString(3, r.firstName());
                    m.setString(4, r.lastName());
                    m.setString(5, r.email());
                    m.setString(6, r.title());
                    m.setLong(7, orgBase + r.organization());
                    m.setString(8, r.criterion());
                    m.setObject(9, r.joinedOn());
                    m.setTimestamp(10, now);
                    m.setTimestamp(11, now);
                    m.addBatch();
                }
                a.executeBatch();
                role.executeBatch();
                m.executeBatch();
            }
            c.commit();
            return (System.nanoTime() - t0) / 1e6;
        }
    }

    private static long next(Connection c, String table) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
