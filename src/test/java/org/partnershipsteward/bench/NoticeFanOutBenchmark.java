package org.partnershipsteward.bench;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.smtp.SmtpServer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.PrintWriter;
import java.io.UnsupportedEncodingException;
import java.lang.management.ManagementFactory;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.partnershipsteward.notice.control.Backoff;
import org.partnershipsteward.notice.control.MailSender;
import org.partnershipsteward.notice.control.OutboxStore;
import org.partnershipsteward.notice.control.OutgoingNotice;
import org.partnershipsteward.notice.control.Relay;
import org.partnershipsteward.platform.mail.MailSessions;
import org.partnershipsteward.platform.persistence.UrlRoutingDataSource;

/**
 * Notice fan-out benchmark (a {@code main} program, not a test; see docs/quality.md): sends
 * {@code bench.notices} (5,000) notices through the outbox relay to an in-process SMTP server (GreenMail)
 * and compares notices/second with a bare Jakarta Mail loop sending the same mails in the same run.
 *
 * <p>Run with {@code mvn -q -Pbench verify}; on MariaDB/MySQL add {@code -Dbench.db.url=jdbc:mysql://...}.
 * Properties: {@code bench.notices} (5000), {@code bench.batch} (relay claim size, 100), {@code bench.rounds}
 * (measured runs per variant, 3, median reported), {@code bench.warmup} (300), {@code bench.pool}
 * (connections in the benchmark's fixed pool, 4; 0 opens a connection per {@code getConnection} like the
 * unpooled data source), {@code bench.pool.validate} (true: {@code isValid} on every lease, like the app's
 * pool), {@code bench.smtp.nodelay} (true, see {@link LoopbackGreenMail}), {@code bench.db.url},
 * {@code bench.db.user}, {@code bench.db.password}.
 *
 * <p>Variants, interleaved round by round (the order rotates every round) so that drift of the machine
 * hits all alike:
 * <ul>
 * <li>Jakarta Mail, {@code Transport.send} per mail: compose a multipart/alternative (text + html)
 * {@code MimeMessage} and send it on a new SMTP connection each time (the relay's strategy until December 2026);</li>
 * <li>baseline: Jakarta Mail over one connected {@code Transport} reused for all mails, the connection strategy
 * of the relay's {@link MailSender} (one connection per claimed batch);</li>
 * <li>the relay: N {@code PENDING} notices inserted in one transaction (timed apart), then {@link Relay#run}
 * until all are {@code SENT};</li>
 * <li>two relays on the same outbox in parallel threads;</li>
 * <li>one relay whose sender accepts every notice without SMTP: what the outbox itself costs.</li>
 * </ul>
 * After every run the SMTP server must hold exactly N mails with N distinct Message-IDs (for the relay: the
 * stored ones) and the outbox must say N {@code SENT}; otherwise the benchmark fails.
 */
public final class NoticeFanOutBenchmark {

    private static final String H2_URL = "jdbc:h2:mem:bench;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";
    private static final String FROM = "partnership@steward.test";
    private static final String DOMAIN = "steward.test";
    private static final Backoff BACKOFF = new Backoff(Duration.ofSeconds(30), Duration.ofMinutes(30), 5);
    private static final Duration LEASE = Duration.ofMinutes(5);
    private static final Duration BUDGET = Duration.ofMinutes(30);

    private static final String PER_MAIL = "Jakarta Mail, Transport.send per mail";
    private static final String BASELINE = "baseline: Jakarta Mail, one connected Transport";
    private static final String RELAY = "relay, 1 instance";
    private static final String RELAY_X2 = "relay, 2 instances in parallel";
    private static final String RELAY_DB_ONLY = "relay, 1 instance, no SMTP (outbox cost only)";
    private static final String RELAY_SENDING = "  of which inside MailSender.send";
    private static final String INSERT = "insert PENDING notices (1 tx)";

    private final int notices;
    private final int batch;
    private final GreenMail greenMail;
    private final Session session;
    private final DataSource db;
    private int runNumber;

    private NoticeFanOutBenchmark(int notices, int batch, GreenMail greenMail, Session session, DataSource db) {
        this.notices = notices;
        this.batch = batch;
        this.greenMail = greenMail;
        this.session = session;
        this.db = db;
    }

    public static void main(String[] args) throws Exception {
        int notices = Integer.getInteger("bench.notices", 5000);
        int batch = Integer.getInteger("bench.batch", 100);
        int rounds = Integer.getInteger("bench.rounds", 3);
        int warmup = Integer.getInteger("bench.warmup", 300);
        boolean validate = Boolean.parseBoolean(property("bench.pool.validate", "true"));
        boolean noDelay = Boolean.parseBoolean(property("bench.smtp.nodelay", "true"));
        try (OutboxBench setup = OutboxBench.open(H2_URL, validate, noDelay)) {
            setup.mailboxes(Math.max(notices, warmup), NoticeFanOutBenchmark::recipient);
            GreenMail greenMail = setup.greenMail;
            Session session = setup.session;
            String dbName = setup.dbName;
            String url = setup.url;
            int poolSize = setup.poolSize;
            int port = setup.port;
            boolean pooled = setup.pooled();
            NoticeFanOutBenchmark bench = new NoticeFanOutBenchmark(notices, batch, greenMail, session, setup.db);
            bench.emptyOutbox();

            System.out.printf(Locale.ROOT, "Notice fan-out benchmark, %s%n",
                    ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
            System.out.printf(Locale.ROOT, "  %d notices, relay batch %d, %d measured runs per variant (median), warm-up %d%n",
                    notices, batch, rounds, warmup);
            System.out.printf(Locale.ROOT, "  database %s, %s, %s%n", dbName, redact(url),
                    !pooled ? "no pool" : "fixed pool of " + poolSize + " connections"
                            + (validate ? ", validated (isValid) on every lease like the app's pool" : ""));
            System.out.printf(Locale.ROOT, "  load average (1 min) at start %.2f%n", loadAverage());
            System.out.printf(Locale.ROOT, "  SMTP GreenMail on 127.0.0.1:%d%s; Java %s, %d CPUs, max heap %d MiB%n",
                    port, noDelay ? " (TCP_NODELAY)" : " (Nagle: ~40 ms per connection)", System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                    Runtime.getRuntime().maxMemory() >> 20);

            Map<String, List<Double>> seconds = new LinkedHashMap<>();
            for (String v : List.of(BASELINE, PER_MAIL, INSERT, RELAY, RELAY_SENDING, RELAY_X2,
                    RELAY_DB_ONLY)) {
                seconds.put(v, new ArrayList<>());
            }
            System.out.printf("Warm-up: %d notices per variant%n", warmup);
            bench.round(warmup, 0, null);
            for (int r = 1; r <= rounds; r++) {
                System.out.printf("Round %d of %d%n", r, rounds);
                bench.round(notices, r - 1, seconds);
            }
            long heapWithMails = heapAfterGc();
            greenMail.purgeEmailFromAllMailboxes();
            bench.emptyOutbox();
            long heapEnd = heapAfterGc();

            System.out.println();
            System.out.printf(Locale.ROOT, "%-48s %8s %9s %11s %11s   %s%n", "variant", "notices", "seconds",
                    "notices/s", "best n/s", "all runs (s)");
            Map<String, Double> rate = new LinkedHashMap<>();
            Map<String, Double> best = new LinkedHashMap<>();
            for (Map.Entry<String, List<Double>> e : seconds.entrySet()) {
                double median = median(e.getValue());
                double fastest = e.getValue().stream().mapToDouble(Double::doubleValue).min().orElseThrow();
                rate.put(e.getKey(), notices / median);
                best.put(e.getKey(), notices / fastest);
                System.out.printf(Locale.ROOT, "%-48s %8d %9.2f %11.0f %11.0f   %s%n", e.getKey(), notices, median,
                        notices / median, notices / fastest, format(e.getValue()));
            }
            double ratio = rate.get(RELAY) / rate.get(BASELINE);
            System.out.println();
            System.out.printf(Locale.ROOT, "ratio relay / baseline                     %.2f  (target >= 0.70: %s)%n",
                    ratio, ratio >= 0.7 ? "met" : "MISSED");
            System.out.printf(Locale.ROOT, "ratio relay / baseline, best runs          %.2f%n",
                    best.get(RELAY) / best.get(BASELINE));
            System.out.printf(Locale.ROOT, "ratio 2 relays / baseline                  %.2f%n",
                    rate.get(RELAY_X2) / rate.get(BASELINE));
            double endToEnd = notices / (median(seconds.get(INSERT)) + median(seconds.get(RELAY)));
            System.out.printf(Locale.ROOT, "ratio relay incl. insert / baseline        %.2f%n",
                    endToEnd / rate.get(BASELINE));
            System.out.printf(Locale.ROOT, "ratio relay / Transport.send per mail      %.2f%n",
                    rate.get(RELAY) / rate.get(PER_MAIL));
            System.out.printf(Locale.ROOT, "heap used after GC: %d MiB with the last run's %d mails held by GreenMail, "
                    + "%d MiB after purging them%n", heapWithMails >> 20, notices, heapEnd >> 20);
            System.out.printf(Locale.ROOT, "load average (1 min) at the end %.2f%n", loadAverage());
            System.out.println("Every run delivered exactly " + notices
                    + " mails with distinct Message-IDs; every relay run left " + notices + " notices SENT.");
        }
    }

    /**
     * One run of every variant with {@code count} notices; records the seconds when {@code seconds} is given.
     * The order rotates with {@code shift}, so that no variant always runs right after the same other one.
     */
    private void round(int count, int shift, Map<String, List<Double>> seconds) throws Exception {
        List<String> order = new ArrayList<>(List.of(BASELINE, PER_MAIL, RELAY, RELAY_X2, RELAY_DB_ONLY));
        Collections.rotate(order, -shift);
        for (String variant : order) {
            switch (variant) {
                case PER_MAIL -> record(seconds, PER_MAIL, baselineTransportSend(count));
                case BASELINE -> record(seconds, BASELINE, baselineOneTransport(count));
                case RELAY -> {
                    double[] relay = relay(count, 1, false);
                    record(seconds, INSERT, relay[0]);
                    record(seconds, RELAY, relay[1]);
                    record(seconds, RELAY_SENDING, relay[2]);
                }
                case RELAY_X2 -> record(seconds, RELAY_X2, relay(count, 2, false)[1]);
                default -> record(seconds, RELAY_DB_ONLY, relay(count, 1, true)[1]);
            }
        }
    }

    private static void record(Map<String, List<Double>> seconds, String variant, double s) {
        System.out.printf(Locale.ROOT, "  %-46s %7.2f s%n", variant, s);
        if (seconds != null) {
            seconds.get(variant).add(s);
        }
    }

    private double baselineTransportSend(int count) throws Exception {
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            Transport.send(bareMessage(i));
        }
        double s = elapsed(start);
        checkDelivered(count, null, PER_MAIL);
        return s;
    }

    private double baselineOneTransport(int count) throws Exception {
        long start = System.nanoTime();
        try (Transport transport = session.getTransport("smtp")) {
            transport.connect();
            for (int i = 0; i < count; i++) {
                MimeMessage message = bareMessage(i);
                message.saveChanges();
                transport.sendMessage(message, message.getAllRecipients());
            }
        }
        double s = elapsed(start);
        checkDelivered(count, null, BASELINE);
        return s;
    }

    /** The mail a hand-written loop would send: multipart/alternative with text and html, UTF-8. */
    private MimeMessage bareMessage(int i) throws MessagingException, UnsupportedEncodingException {
        return bareMessage(session, recipient(i), "Member " + i, subject(i), text(i), html(i));
    }

    /** A multipart/alternative mail (text and html, UTF-8) from the benchmark's sender, as a hand-written loop builds it. */
    static MimeMessage bareMessage(Session session, String to, String name, String subject, String text, String html)
            throws MessagingException, UnsupportedEncodingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(FROM));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to, name, StandardCharsets.UTF_8.name()));
        message.setSubject(subject, StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
        MimeMultipart alternative = new MimeMultipart("alternative");
        MimeBodyPart textPart = new MimeBodyPart();
        textPart.setText(text, StandardCharsets.UTF_8.name(), "plain");
        MimeBodyPart htmlPart = new MimeBodyPart();
        htmlPart.setText(html, StandardCharsets.UTF_8.name(), "html");
        alternative.addBodyPart(textPart);
        alternative.addBodyPart(htmlPart);
        message.setContent(alternative);
        return message;
    }

    /**
     * Inserts {@code count} notices, then runs {@code relays} relays until all are sent: {insert s, relay s,
     * s spent inside {@code MailSender.send} (summed over relays)}.
     * With {@code noSmtp} the sender accepts every notice without composing or sending it, which leaves
     * the outbox's own cost (claim, mark SENT).
     */
    private double[] relay(int count, int relays, boolean noSmtp) throws Exception {
        int run = ++runNumber;
        AtomicLong sendingNanos = new AtomicLong();
        long insertStart = System.nanoTime();
        Set<String> stored = enqueue(count, run);
        double insertSeconds = elapsed(insertStart);

        Clock clock = Clock.systemUTC();
        List<Relay> instances = new ArrayList<>();
        for (int r = 1; r <= relays; r++) {
            MailSender sender = noSmtp ? new MailSender(session, FROM) {
                @Override
                public void send(OutgoingNotice notice) {
                    // accepted without a word to the SMTP server
                }
            } : new MailSender(session, FROM) {
                @Override
                public void send(OutgoingNotice notice) throws MessagingException {
                    long start = System.nanoTime();
                    try {
                        super.send(notice);
                    } finally {
                        sendingNanos.addAndGet(System.nanoTime() - start);
                    }
                }
            };
            instances.add(new Relay(new OutboxStore(db, clock), sender, BACKOFF,
                    "bench-" + run + "-" + r, batch, LEASE));
        }
        int sent = 0;
        long start;
        if (relays == 1) {
            start = System.nanoTime();
            Relay.Pass pass = instances.get(0).run(BUDGET);
            sent = checkPass(pass);
        } else {
            ExecutorService threads = Executors.newFixedThreadPool(relays);
            try {
                CountDownLatch go = new CountDownLatch(1);
                List<Future<Relay.Pass>> passes = new ArrayList<>();
                for (Relay relay : instances) {
                    passes.add(threads.submit(() -> {
                        go.await();
                        return relay.run(BUDGET);
                    }));
                }
                start = System.nanoTime();
                go.countDown();
                for (Future<Relay.Pass> pass : passes) {
                    sent += checkPass(pass.get());
                }
            } finally {
                threads.shutdownNow();
            }
        }
        double relaySeconds = elapsed(start);
        String variant = noSmtp ? RELAY_DB_ONLY : relays == 1 ? RELAY : RELAY_X2;
        if (sent != count) {
            throw new IllegalStateException(variant + ": relays report " + sent + " sent, expected " + count);
        }
        checkDelivered(noSmtp ? 0 : count, noSmtp ? Set.of() : stored, variant);
        checkAllSent(count, variant);
        emptyOutbox();
        return new double[] {insertSeconds, relaySeconds, sendingNanos.get() / 1e9};
    }

    private static int checkPass(Relay.Pass pass) {
        if (pass.retried() != 0 || pass.failed() != 0) {
            throw new IllegalStateException("relay pass had failures: " + pass);
        }
        return pass.sent();
    }

    /** Like OutboxRelayIT.enqueue: fully rendered WELCOME notices, due now, in one batched transaction. */
    private Set<String> enqueue(int count, int run) throws SQLException {
        return new HashSet<>(store(db, count, "WELCOME", 3, i -> new String[] {recipient(i), "Member " + i, subject(i),
            text(i), html(i), "<notice-bench-" + run + "-" + i + "@" + DOMAIN + ">"}));
    }

    /**
     * Stores {@code count} rendered notices of the kind and outbox priority, due now, in one batched transaction;
     * {@code row} gives notice i's recipient email, name, subject, text, html and Message-ID. Returns the Message-IDs.
     */
    static List<String> store(DataSource db, int count, String kind, int priority, IntFunction<String[]> row)
            throws SQLException {
        List<String> ids = new ArrayList<>();
        Timestamp due = Timestamp.from(Instant.now().minusSeconds(1));
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement("""
                    INSERT INTO notice (kind, recipient_email, recipient_name, subject, body_text, body_html, message_id,
                                        status, attempts, next_attempt_at, created_at, priority)
                    VALUES (?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?, ?)""")) {
                for (int i = 0; i < count; i++) {
                    String[] fields = row.apply(i);
                    insert.setString(1, kind);
                    for (int f = 0; f < 6; f++) {
                        insert.setString(f + 2, fields[f]);
                    }
                    insert.setTimestamp(8, due);
                    insert.setTimestamp(9, due);
                    insert.setInt(10, priority);
                    insert.addBatch();
                    ids.add(fields[5]);
                    if ((i + 1) % 500 == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
        return ids;
    }

    /** The SMTP server holds exactly {@code count} mails with distinct Message-IDs (the stored ones if given); then purged. */
    private void checkDelivered(int count, Set<String> expectedIds, String variant) throws Exception {
        MimeMessage[] received = greenMail.getReceivedMessages();
        Set<String> ids = new HashSet<>();
        for (MimeMessage m : received) {
            ids.add(m.getMessageID());
        }
        if (received.length != count || ids.size() != count || (expectedIds != null && !ids.equals(expectedIds))) {
            throw new IllegalStateException(String.format(Locale.ROOT,
                    "%s: SMTP server received %d mails with %d distinct Message-IDs, expected %d%s", variant,
                    received.length, ids.size(), count, expectedIds == null ? "" : " (the stored ones)"));
        }
        greenMail.purgeEmailFromAllMailboxes();
    }

    private void checkAllSent(int count, String variant) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT status, COUNT(*) FROM notice GROUP BY status")) {
            Map<String, Integer> statuses = new LinkedHashMap<>();
            while (rs.next()) {
                statuses.put(rs.getString(1), rs.getInt(2));
            }
            if (!statuses.equals(Map.of("SENT", count))) {
                throw new IllegalStateException(variant + ": outbox says " + statuses + ", expected " + count + " SENT");
            }
        }
    }

    private void emptyOutbox() throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM notice");
        }
    }

    private static String recipient(int i) {
        return "member" + i + "@" + DOMAIN;
    }

    private static String subject(int i) {
        return "Welcome " + i;
    }

    private static String text(int i) {
        return "Welcome to the partnership, member " + i + ". https://steward.test/dashboard.xhtml";
    }

    private static String html(int i) {
        return "<p>Welcome to the partnership, member " + i + ".</p>";
    }

    static double elapsed(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static String format(List<Double> values) {
        return Arrays.toString(values.stream().map(v -> String.format(Locale.ROOT, "%.2f", v)).toArray());
    }

    private static long heapAfterGc() {
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    static String property(String name, String fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    private static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    /**
     * GreenMail whose SMTP server sets TCP_NODELAY on every accepted connection. GreenMail writes its
     * multi-line EHLO reply line by line; with Nagle's algorithm on, the second line waits for the client's
     * delayed ACK (40 ms on Linux), so every new SMTP connection would cost ~42 ms of idle waiting that a
     * real MTA (which answers EHLO in one segment) does not have. That stall would dwarf everything measured.
     */
    static final class LoopbackGreenMail extends GreenMail {

        private final boolean noDelay;

        LoopbackGreenMail(ServerSetup setup, boolean noDelay) {
            super(setup);
            this.noDelay = noDelay;
        }

        @Override
        protected Map<String, AbstractServer> createServices(ServerSetup[] setups, Managers managers) {
            Map<String, AbstractServer> services = new HashMap<>();
            for (ServerSetup setup : setups) {
                if (!"smtp".equals(setup.getProtocol())) {
                    throw new IllegalArgumentException("the benchmark needs only SMTP, not " + setup.getProtocol());
                }
                services.put(setup.getProtocol(), new SmtpServer(setup, managers) {
                    @Override
                    protected void handleClientSocket(Socket client) throws SocketException {
                        client.setTcpNoDelay(noDelay); // read per connection, after construction
                        super.handleClientSocket(client);
                    }
                });
            }
            return services;
        }
    }

    /**
     * A fixed pool of physical connections, as the container's pool gives the relay in production: close()
     * rolls back what is left open, restores auto-commit and hands the connection back. With {@code validate}
     * every lease first calls {@code isValid}, as the app's pool does ({@code DataSourceConfiguration}:
     * connection validation required, JDBC 4 validation; a round trip on MySQL).
     */
    static final class FixedPool implements DataSource, AutoCloseable {

        private final List<Connection> all = new ArrayList<>();
        private final BlockingQueue<Connection> idle;
        private final boolean validate;

        FixedPool(DataSource physical, int size, boolean validate) throws SQLException {
            this.validate = validate;
            idle = new ArrayBlockingQueue<>(size);
            for (int i = 0; i < size; i++) {
                Connection c = physical.getConnection();
                all.add(c);
                idle.add(c);
            }
        }

        @Override
        public Connection getConnection() throws SQLException {
            Connection physical;
            try {
                physical = idle.poll(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SQLException("interrupted while waiting for a connection", e);
            }
            if (physical == null) {
                throw new SQLException("no connection free in the pool after 30 s");
            }
            if (validate && !physical.isValid(5)) {
                idle.add(physical);
                throw new SQLException("pooled connection failed validation");
            }
            return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                    new Class<?>[] {Connection.class}, new Lease(physical));
        }

        private final class Lease implements InvocationHandler {
            private final Connection physical;
            private boolean closed;

            Lease(Connection physical) {
                this.physical = physical;
            }

            @Override
            public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
                switch (method.getName()) {
                    case "close" -> {
                        if (!closed) {
                            closed = true;
                            try {
                                if (!physical.getAutoCommit()) {
                                    physical.rollback();
                                    physical.setAutoCommit(true);
                                }
                            } finally {
                                idle.add(physical);
                            }
                        }
                        return null;
                    }
                    case "isClosed" -> {
                        return closed || physical.isClosed();
                    }
                    case "equals" -> {
                        return proxy == args[0];
                    }
                    case "hashCode" -> {
                        return System.identityHashCode(proxy);
                    }
                    default -> {
                        if (closed) {
                            throw new SQLException("connection already closed");
                        }
                        try {
                            return method.invoke(physical, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    }
                }
            }
        }

        @Override
        public void close() throws SQLException {
            for (Connection c : all) {
                c.close();
            }
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            throw new SQLFeatureNotSupportedException("the pool has fixed credentials");
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
            // no logging
        }

        @Override
        public void setLoginTimeout(int seconds) {
            // connections are opened up front
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            throw new SQLFeatureNotSupportedException();
        }

        @Override
        public <T> T unwrap(Class<T> iface) throws SQLException {
            if (iface.isInstance(this)) {
                return iface.cast(this);
            }
            throw new SQLException("not a wrapper for " + iface);
        }

        @Override
        public boolean isWrapperFor(Class<?> iface) {
            return iface.isInstance(this);
        }
    }
}
