package org.partnershipsteward.bench;

import static org.partnershipsteward.bench.BenchSupport.print;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Reliability checks (a {@code main} program, not a test; docs/quality.md): the built WAR on Payara Micro in
 * separate processes, MariaDB, and GreenMail in this JVM. Each check prints what it proved and the run fails
 * (exit code 1) when one does not hold.
 * <ol>
 * <li><b>kill during a fan-out</b>: {@code SIGKILL} the app while it sends 1,000 notices, start it again: every
 * notice is delivered, every stored Message-ID arrives, none is lost; a mail that arrives twice can only be the
 * one in flight at the kill, and it carries the same Message-ID.</li>
 * <li><b>database restart under load</b>: a private MariaDB server (its own data directory and port, so nobody
 * else's database goes down) is stopped and started while requests run; the app recovers without a restart.</li>
 * <li><b>two instances on one database</b>: RSVPs through both, past capacity, while both relays send: no RSVP
 * lost, capacity kept, no notice sent twice.</li>
 * </ol>
 * Mail server down and up again is proved by {@code OutboxRelayIT} and not repeated here.
 * Properties: {@code reliability.checks} ({@code kill,dbrestart,twoinstances}), {@code bench.http.port} (3934; the
 * second instance uses the next port), {@code bench.smtp.port} (3936), {@code reliability.mariadb.port} (3937),
 * {@code reliability.notices} (1000), {@code bench.mariadb.url}.
 */
public final class ReliabilityChecks {

    private static final String PASSWORD = PartnershipBenchmark.PASSWORD;
    private static final String SECRETARIAT = "secretariat@" + PartnershipData.DOMAIN;

    private final int port = BenchSupport.intProperty("bench.http.port", 3934);
    private final int smtpPort = BenchSupport.intProperty("bench.smtp.port", 3936);
    private final GreenMail smtp;
    private final List<String> proved = new ArrayList<>();

    private ReliabilityChecks(GreenMail smtp) {
        this.smtp = smtp;
    }

    public static void main(String[] args) throws Exception {
        String checks = BenchSupport.property("reliability.checks", "kill,dbrestart,twoinstances");
        print("Reliability checks, %s; load average (1 min) %.2f; %d CPUs", ZonedDateTime.now()
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME), BenchSupport.loadAverage(), Runtime.getRuntime().availableProcessors());
        GreenMail smtp = new NoticeFanOutBenchmark.LoopbackGreenMail(
                new ServerSetup(BenchSupport.intProperty("bench.smtp.port", 3936), "127.0.0.1", "smtp"), true);
        smtp.start();
        ReliabilityChecks run = new ReliabilityChecks(smtp);
        boolean failed = false;
        try {
            for (String check : checks.split(",")) {
                smtp.purgeEmailFromAllMailboxes();
                print("");
                try {
                    switch (check.strip()) {
                        case "kill" -> run.killDuringFanOut(BenchSupport.intProperty("reliability.notices", 1000));
                        case "dbrestart" -> run.databaseRestart();
                        case "twoinstances" -> run.twoInstances();
                        default -> throw new IllegalArgumentException("unknown check " + check);
                    }
                } catch (Exception | AssertionError e) {
                    failed = true;
                    print("FAILED %s: %s", check, e);
                    e.printStackTrace(System.out);
                }
            }
        } finally {
            smtp.stop();
        }
        print("");
        print("Proved (load average (1 min) at the end %.2f):", BenchSupport.loadAverage());
        run.proved.forEach(p -> print("  - %s", p));
        if (failed) {
            print("At least one check FAILED (see above)");
            System.exit(1);
        }
    }

    private static Map<String, String> env(String... extra) {
        Map<String, String> env = new HashMap<>(Map.of("PARTNERSHIP_BOOTSTRAP_EMAIL", SECRETARIAT,
                "PARTNERSHIP_BOOTSTRAP_PASSWORD", PASSWORD, "PARTNERSHIP_NOTICE_RELAY_INTERVAL_SECONDS", "1"));
        for (int i = 0; i < extra.length; i += 2) {
            env.put(extra[i], extra[i + 1]);
        }
        return env;
    }

    // ---------------------------------------------------------------------------------------------------------
    // 1. SIGKILL during a fan-out

    private void killDuringFanOut(int count) throws Exception {
        print("== kill -9 during a fan-out of %d notices, then start again", count);
        String database = "steward_rel_kill_" + System.currentTimeMillis() / 1000;
        String url = BenchSupport.createDatabase(database);
        // a short lease, so that the claims of the killed instance are taken over soon after the restart
        Map<String, String> env = env("PARTNERSHIP_NOTICE_RELAY_LEASE_SECONDS", "15");
        try {
            AppProcess app = AppProcess.start("kill", port, url, smtpPort, env);
            try {
                app.awaitReady(Duration.ofMinutes(4));
                Set<String> stored;
                try (Connection c = BenchSupport.connect(url)) {
                    stored = enqueue(c, count, "kill");
                }
                print("%d notices stored PENDING (one transaction, as a decision's fan-out stores them)", count);
                long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
                while (smtp.getReceivedMessages().length < count * 3 / 10) {
                    if (System.nanoTime() > deadline) {
                        throw new AssertionError("the relay did not send 30 % within 3 minutes");
                    }
                    BenchSupport.sleep(20);
                }
                app.kill();
                int atKill = smtp.getReceivedMessages().length;
                Map<String, Integer> statuses;
                try (Connection c = BenchSupport.connect(url)) {
                    statuses = statuses(c);
                }
                print("SIGKILL after %d mails had arrived; the outbox then said %s", atKill, statuses);
                app = AppProcess.start("kill", port, url, smtpPort, env);
                double ready = app.awaitReady(Duration.ofMinutes(4));
                print("started again, ready after %.1f s", ready);
                awaitAllSent(url, count, Duration.ofMinutes(4));
                BenchSupport.sleep(1000);
                Delivery delivery = delivery();
                if (!delivery.distinct().equals(stored)) {
                    Set<String> missing = new HashSet<>(stored);
                    missing.removeAll(delivery.distinct());
                    throw new AssertionError(missing.size() + " stored notices never arrived, e.g. "
                            + missing.stream().limit(3).toList() + "; " + delivery.distinct().size() + " distinct arrived");
                }
                if (delivery.total() - delivery.distinct().size() > 1) {
                    throw new AssertionError((delivery.total() - delivery.distinct().size()) + " mails arrived twice; "
                            + "only the one in flight at the kill may");
                }
                String result = String.format(java.util.Locale.ROOT, "kill -9 during a %d-notice fan-out (%d had arrived): after the "
                        + "restart all %d stored Message-IDs arrived, %d mails in all (%d twice, same Message-ID: the one in "
                        + "flight at the kill), outbox %d SENT", count, atKill, count, delivery.total(),
                        delivery.total() - delivery.distinct().size(), count);
                print("PROVED: %s", result);
                proved.add(result);
            } finally {
                app.stop();
            }
        } finally {
            BenchSupport.dropDatabase(database);
        }
    }

    /** Fully rendered notices, due now, in one batched transaction (like the fan-out benchmark and OutboxRelayIT). */
    private static Set<String> enqueue(Connection c, int count, String run) throws SQLException {
        Set<String> ids = new HashSet<>();
        Timestamp due = Timestamp.from(Instant.now().minusSeconds(1));
        c.setAutoCommit(false);
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO notice (kind, recipient_email, recipient_name, subject, "
                + "body_text, body_html, message_id, status, attempts, next_attempt_at, created_at) "
                + "VALUES ('WELCOME', ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)")) {
            for (int i = 0; i < count; i++) {
                String messageId = "<notice-" + run + "-" + i + "@" + PartnershipData.DOMAIN + ">";
                insert.setString(1, "reader" + i + "@" + PartnershipData.DOMAIN);
                insert.setString(2, "Reader " + i);
                insert.setString(3, "Welcome " + i);
                insert.setString(4, "Welcome to the partnership, reader " + i + ".");
                insert.setString(5, "<p>Welcome to the partnership, reader " + i + ".</p>");
                insert.setString(6, messageId);
                insert.setTimestamp(7, due);
                insert.setTimestamp(8, due);
                insert.addBatch();
                ids.add(messageId);
            }
            insert.executeBatch();
            c.commit();
        } finally {
            c.setAutoCommit(true);
        }
        return ids;
    }

    private static Map<String, Integer> statuses(Connection c) throws SQLException {
        Map<String, Integer> statuses = new java.util.TreeMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT status, COUNT(*) FROM notice GROUP BY status")) {
            while (rs.next()) {
                statuses.put(rs.getString(1), rs.getInt(2));
            }
        }
        return statuses;
    }

    private static void awaitAllSent(String url, int count, Duration timeout) throws SQLException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<String, Integer> statuses = Map.of();
        while (System.nanoTime() < deadline) {
            try (Connection c = BenchSupport.connect(url)) {
                statuses = statuses(c);
            }
            if (statuses.equals(Map.of("SENT", count))) {
                return;
            }
            BenchSupport.sleep(500);
        }
        throw new AssertionError("after " + timeout.toSeconds() + " s the outbox says " + statuses + ", expected " + count + " SENT");
    }

    private record Delivery(int total, Set<String> distinct) {
    }

    private Delivery delivery() throws Exception {
        MimeMessage[] received = smtp.getReceivedMessages();
        Set<String> ids = new HashSet<>();
        for (MimeMessage m : received) {
            ids.add(m.getMessageID());
        }
        return new Delivery(received.length, ids);
    }

    // ---------------------------------------------------------------------------------------------------------
    // 2. database restart under load

    private void databaseRestart() throws Exception {
        int dbPort = BenchSupport.intProperty("reliability.mariadb.port", 3937);
        print("== MariaDB restarted under load (a private server on 127.0.0.1:%d)", dbPort);
        try (PrivateMariaDb db = PrivateMariaDb.start(Path.of(BenchSupport.property("bench.target", "target"), "reliability-mariadb"), dbPort)) {
            String url = "jdbc:mysql://127.0.0.1:" + dbPort + "/steward_restart";
            try (Connection c = java.sql.DriverManager.getConnection("jdbc:mysql://127.0.0.1:" + dbPort + "/", "root", "");
                    Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE steward_restart CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            }
            try (AppProcess app = AppProcess.start("dbrestart", port, url, smtpPort, env())) {
                app.awaitReady(Duration.ofMinutes(4));
                long pid = app.pid();
                HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(2)).build();
                String auth = LoadDriver.basic(SECRETARIAT, PASSWORD);
                AtomicBoolean stop = new AtomicBoolean();
                AtomicLong ok = new AtomicLong();
                AtomicLong failed = new AtomicLong();
                AtomicLong lastFailure = new AtomicLong();
                AtomicLong firstSuccessAfterRestart = new AtomicLong();
                // how the failed requests were answered: "503 Retry-After: 10", "IOException", ...
                Map<String, Long> failures = new java.util.concurrent.ConcurrentHashMap<>();
                AtomicLong restartedAt = new AtomicLong(Long.MAX_VALUE);
                ExecutorService load = Executors.newFixedThreadPool(4);
                // two clients call the API (Basic: the login throttle reads the database first), two open a page with
                // a form login's session
                LoadDriver pages = new LoadDriver(app.base(), 2);
                pages.signIn(u -> SECRETARIAT, PASSWORD);
                for (int t = 0; t < 4; t++) {
                    int thread = t;
                    load.submit(() -> {
                        while (!stop.get()) {
                            boolean success;
                            try {
                                HttpResponse<String> r = thread % 2 == 0
                                        ? client.send(HttpRequest.newBuilder(app.uri("/api/organizations"))
                                                .timeout(Duration.ofSeconds(20)).header("Authorization", auth).build(),
                                                HttpResponse.BodyHandlers.ofString())
                                        : pages.once(thread / 2, HttpRequest.newBuilder(app.uri("/dashboard.xhtml"))
                                                .timeout(Duration.ofSeconds(20)).build());
                                success = r.statusCode() == 200;
                                if (!success) {
                                    failures.merge((thread % 2 == 0 ? "API " : "page ") + r.statusCode() + (r.statusCode() == 503 ? " Retry-After: "
                                            + r.headers().firstValue("Retry-After").orElse("none") : "")
                                            + (r.body().contains("\tat ") || r.body().contains("Exception") ? " with a trace" : ""),
                                            1L, Long::sum);
                                }
                            } catch (IOException | InterruptedException e) {
                                success = false;
                                failures.merge(e.getClass().getSimpleName(), 1L, Long::sum);
                            }
                            long now = System.nanoTime();
                            if (success) {
                                ok.incrementAndGet();
                                if (now > restartedAt.get()) {
                                    firstSuccessAfterRestart.compareAndSet(0, now);
                                }
                            } else {
                                failed.incrementAndGet();
                                lastFailure.set(now);
                                BenchSupport.sleep(100);
                            }
                        }
                        return null;
                    });
                }
                BenchSupport.sleep(5000);
                long okBefore = ok.get();
                if (okBefore == 0 || failed.get() > 0) {
                    throw new AssertionError("before the restart: " + okBefore + " ok, " + failed.get() + " failed");
                }
                long down = System.nanoTime();
                db.stop();
                print("MariaDB stopped after %d successful requests; down for 5 s", okBefore);
                BenchSupport.sleep(5000);
                db.startAgain();
                restartedAt.set(System.nanoTime());
                print("MariaDB up again (%.1f s after the stop)", (restartedAt.get() - down) / 1e9);
                long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
                while (firstSuccessAfterRestart.get() == 0 && System.nanoTime() < deadline) {
                    BenchSupport.sleep(100);
                }
                // then a quiet spell: 10 s with no failure
                while (System.nanoTime() < deadline && System.nanoTime() - Math.max(lastFailure.get(), restartedAt.get())
                        < Duration.ofSeconds(10).toNanos()) {
                    BenchSupport.sleep(200);
                }
                stop.set(true);
                load.shutdown();
                load.awaitTermination(30, TimeUnit.SECONDS);
                if (firstSuccessAfterRestart.get() == 0) {
                    throw new AssertionError("no request succeeded within 120 s of the database coming back");
                }
                double recovered = (firstSuccessAfterRestart.get() - restartedAt.get()) / 1e9;
                double lastFail = Math.max(0, (lastFailure.get() - restartedAt.get()) / 1e9);
                if (app.pid() != pid || !app.alive() || app.status("/health/ready") != 200) {
                    throw new AssertionError("the app did not stay up and ready");
                }
                pages.close();
                // every request the outage failed was answered 503 with Retry-After, API and page alike, no trace
                java.util.Set<String> expected = java.util.Set.of("API 503 Retry-After: 10", "page 503 Retry-After: 10");
                if (failures.isEmpty() || !expected.containsAll(failures.keySet())) {
                    throw new AssertionError("during the outage, expected only " + expected + ", got " + new java.util.TreeMap<>(failures));
                }
                String result = String.format(java.util.Locale.ROOT, "MariaDB stopped for 5 s and started again under load (2 "
                        + "clients on Basic-auth GET /api/organizations, 2 on a signed-in page): first success %.1f s after the database was back, last "
                        + "failure %.1f s after it, then 10 s without failure; %d requests failed while it was down, %d succeeded in "
                        + "all; the failed ones were answered %s; the same app process (pid %d), ready again, no restart", recovered,
                        lastFail, failed.get(), ok.get(), new java.util.TreeMap<>(failures), pid);
                print("PROVED: %s", result);
                proved.add(result);
            }
        }
    }

    /** A MariaDB server of our own (data directory under target/, loopback, no grant tables): stopping it disturbs nobody. */
    private static final class PrivateMariaDb implements AutoCloseable {

        private final Path dir;
        private final int port;
        private Process process;

        private PrivateMariaDb(Path dir, int port) {
            this.dir = dir;
            this.port = port;
        }

        static PrivateMariaDb start(Path dir, int port) throws Exception {
            Path abs = dir.toAbsolutePath();
            if (Files.exists(abs)) {
                try (var walk = Files.walk(abs)) {
                    walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
            Files.createDirectories(abs);
            Process install = new ProcessBuilder("mariadb-install-db", "--no-defaults", "--datadir=" + abs.resolve("data"),
                    "--user=root", "--auth-root-authentication-method=normal", "--skip-test-db").redirectErrorStream(true)
                    .redirectOutput(abs.resolve("install.log").toFile()).start();
            if (!install.waitFor(120, TimeUnit.SECONDS) || install.exitValue() != 0) {
                throw new IllegalStateException("mariadb-install-db failed; see " + abs.resolve("install.log"));
            }
            PrivateMariaDb db = new PrivateMariaDb(abs, port);
            db.startAgain();
            return db;
        }

        void startAgain() throws Exception {
            process = new ProcessBuilder("/usr/sbin/mariadbd", "--no-defaults", "--datadir=" + dir.resolve("data"), "--user=root",
                    "--port=" + port, "--bind-address=127.0.0.1", "--socket=" + dir.resolve("mysqld.sock"),
                    "--pid-file=" + dir.resolve("mysqld.pid"), "--skip-grant-tables", "--innodb-buffer-pool-size=64M")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("server.log").toFile())).start();
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (System.nanoTime() < deadline) {
                try (Connection c = java.sql.DriverManager.getConnection("jdbc:mysql://127.0.0.1:" + port + "/", "root", "")) {
                    return;
                } catch (SQLException e) {
                    BenchSupport.sleep(200);
                }
            }
            throw new IllegalStateException("private MariaDB did not start; see " + dir.resolve("server.log"));
        }

        /** SIGTERM: MariaDB's orderly shutdown, as {@code service mariadb restart} does. */
        void stop() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }

        @Override
        public void close() throws InterruptedException {
            if (process != null && process.isAlive()) {
                stop();
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // 3. two instances on one database

    private void twoInstances() throws Exception {
        int members = 600;
        int capacity = 400;
        int notices = 1000;
        print("== two app instances on one database: %d members answer through both, capacity %d, %d notices fan out", members, capacity, notices);
        String database = "steward_rel_two_" + System.currentTimeMillis() / 1000;
        String url = BenchSupport.createDatabase(database);
        try (AppProcess a = AppProcess.start("two-a", port, url, smtpPort, env())) {
            a.awaitReady(Duration.ofMinutes(4));
            PartnershipData data = new PartnershipData(members + PartnershipData.BOARD_USERS, 60, 1);
            try (Connection c = BenchSupport.connect(url)) {
                data.write(c, PartnershipBenchmark.passwordHash(c));
                try (PreparedStatement p = c.prepareStatement("UPDATE summit SET capacity = ? WHERE id = ?")) {
                    p.setInt(1, capacity);
                    p.setLong(2, data.futureSummitId());
                    p.executeUpdate();
                }
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("UPDATE member SET status = 'ACTIVE'");
                }
            }
            try (AppProcess b = AppProcess.start("two-b", port + 1, url, smtpPort, env())) {
                b.awaitReady(Duration.ofMinutes(4));
                long sentBefore;
                try (Connection c = BenchSupport.connect(url); Statement s = c.createStatement();
                        ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM notice")) {
                    rs.next();
                    sentBefore = rs.getLong(1);
                }
                Set<String> fanOut;
                try (Connection c = BenchSupport.connect(url)) {
                    fanOut = enqueue(c, notices, "two");
                }
                int users = 20;
                int perUser = members / users;
                int forbidden;
                List<AppProcess> apps = List.of(a, b);
                // members 20.. answer YES; even users go to instance A, odd ones to B
                try (LoadDriver driver = new LoadDriver(a.base(), users, false)) {
                    LoadDriver.Requests rsvp = (u, i) -> {
                        int member = PartnershipData.BOARD_USERS + i * users + u;
                        return HttpRequest.newBuilder(apps.get(u % 2).uri("/api/summits/" + data.futureSummitId() + "/rsvp"))
                                .header("Authorization", LoadDriver.basic(PartnershipData.memberEmail(member), PASSWORD))
                                .header("Content-Type", "application/json")
                                .PUT(HttpRequest.BodyPublishers.ofString("{\"response\":\"YES\"}")).build();
                    };
                    LoadDriver.Result result = driver.run("RSVP through two instances", perUser, rsvp, null);
                    if (result.errors() > 0) {
                        throw new AssertionError(result.errors() + " RSVPs failed; first: " + result.firstError());
                    }
                    forbidden = result.forbidden();
                    if (forbidden > 0) { // never sent again: a member who holds the role must not be refused
                        throw new AssertionError(forbidden + " RSVPs of members were answered 403: " + result.refusals());
                    }
                    print("%d RSVPs answered in %.1f s through both instances", result.requests(), result.seconds());
                }
                Map<String, Integer> rsvps = new java.util.TreeMap<>();
                long created;
                try (Connection c = BenchSupport.connect(url)) {
                    try (PreparedStatement p = c.prepareStatement("SELECT status, COUNT(*) FROM rsvp WHERE summit_id = ? GROUP BY status")) {
                        p.setLong(1, data.futureSummitId());
                        try (ResultSet rs = p.executeQuery()) {
                            while (rs.next()) {
                                rsvps.put(rs.getString(1), rs.getInt(2));
                            }
                        }
                    }
                    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM notice")) {
                        rs.next();
                        created = rs.getLong(1) - sentBefore;
                    }
                }
                if (!rsvps.equals(Map.of("CONFIRMED", capacity, "WAITLISTED", members - capacity))) {
                    throw new AssertionError("RSVPs stored " + rsvps + ", expected " + capacity + " CONFIRMED and "
                            + (members - capacity) + " WAITLISTED");
                }
                // every notice created since (the fan-out and the RSVP confirmations) is sent once
                long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
                Map<String, Integer> statuses = Map.of();
                while (System.nanoTime() < deadline) {
                    try (Connection c = BenchSupport.connect(url)) {
                        statuses = statuses(c);
                    }
                    if (statuses.keySet().equals(Set.of("SENT"))) {
                        break;
                    }
                    BenchSupport.sleep(500);
                }
                BenchSupport.sleep(1000);
                Delivery delivery = delivery();
                if (!statuses.keySet().equals(Set.of("SENT")) || delivery.total() != created
                        || delivery.distinct().size() != created || !delivery.distinct().containsAll(fanOut)) {
                    throw new AssertionError("outbox " + statuses + "; " + created + " notices created, " + delivery.total()
                            + " mails arrived with " + delivery.distinct().size() + " distinct Message-IDs");
                }
                String result = String.format(java.util.Locale.ROOT, "two instances on one database, both relays running: %d "
                        + "members answered YES through both at once for %d seats: %s stored, none lost, capacity kept; "
                        + "%d notices (a %d-notice fan-out and the RSVP confirmations) arrived exactly once each (%d mails, "
                        + "%d distinct Message-IDs); %d RSVPs answered 403",
                        members, capacity, rsvps, created, notices, delivery.total(), delivery.distinct().size(), forbidden);
                print("PROVED: %s", result);
                proved.add(result);
            }
        } finally {
            BenchSupport.dropDatabase(database);
        }
    }
}
