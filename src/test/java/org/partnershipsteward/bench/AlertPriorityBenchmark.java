package org.partnershipsteward.bench;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.partnershipsteward.notice.control.Backoff;
import org.partnershipsteward.notice.control.MailSender;
import org.partnershipsteward.notice.control.OutboxStore;
import org.partnershipsteward.notice.control.OutgoingNotice;
import org.partnershipsteward.notice.control.Relay;
import org.partnershipsteward.notice.entity.NoticeKind;
import org.partnershipsteward.platform.mail.MailSessions;
import org.partnershipsteward.platform.persistence.UrlRoutingDataSource;

/**
 * Urgent-alert benchmark (issue 19; a {@code main} program, not a test; see docs/quality.md): {@code bench.alert.queued}
 * (20,000) ordinary notices wait in the outbox when an alert to {@code bench.alert.members} (5,000) members is stored;
 * the relay then runs and we measure the time until the last alert mail is handed to SMTP, next to a bare Jakarta Mail
 * loop ({@code Transport.send} per mail: the relay's own connection strategy today) sending the same 5,000 mails in the
 * same run. Target: ratio relay / loop &ge; 0.7, and no ordinary notice handed to SMTP before the last alert.
 *
 * <p>The relay is stopped at the first ordinary notice after the last alert (that one is not sent), so the 20,000
 * are not sent in full. Checks, or the benchmark fails: the sender saw exactly the alerts first, the SMTP server
 * received exactly the 5,000 stored alert Message-IDs, in that order, and nothing else.
 *
 * <p>Run with {@code mvn -q -Pbench verify -Dbench.fanout.skip=true -Dbench.partnership.skip=true -Dbench.alert.skip=false}
 * (H2), or add {@code -Dbench.db.url=jdbc:mysql://...}. Properties: {@code bench.alert.members}, {@code bench.alert.queued},
 * {@code bench.alert.rounds} (1), {@code bench.batch} (relay claim size, 100), {@code bench.pool} (4), the {@code bench.db.*}.
 */
public final class AlertPriorityBenchmark {

    private static final String H2_URL = "jdbc:h2:mem:alertbench;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";
    private static final String FROM = "partnership@steward.test";
    private static final String DOMAIN = "steward.test";
    private static final Backoff BACKOFF = new Backoff(Duration.ofSeconds(30), Duration.ofMinutes(30), 5);

    /** What one relay run measured. */
    private record RelayRun(double insertSeconds, double toLastAlertSeconds, int alertsSent, int ordinaryBefore) {
    }

    /** Thrown by the recording sender at the first ordinary notice after the last alert: ends the run. */
    private static final class Stop extends MessagingException {
        private static final long serialVersionUID = 1L;

        Stop() {
            super("benchmark: the last alert is sent");
        }
    }

    private final int members;
    private final int queued;
    private final int batch;
    private final GreenMail greenMail;
    private final Session session;
    private final DataSource db;
    private int run;

    private AlertPriorityBenchmark(int members, int queued, int batch, GreenMail greenMail, Session session, DataSource db) {
        this.members = members;
        this.queued = queued;
        this.batch = batch;
        this.greenMail = greenMail;
        this.session = session;
        this.db = db;
    }

    public static void main(String[] args) throws Exception {
        int members = Integer.getInteger("bench.alert.members", 5000);
        int queued = Integer.getInteger("bench.alert.queued", 20000);
        int rounds = Integer.getInteger("bench.alert.rounds", 1);
        int batch = Integer.getInteger("bench.batch", 100);
        try (OutboxBench setup = OutboxBench.open(H2_URL, true, true)) {
            setup.mailboxes(members, AlertPriorityBenchmark::recipient);
            GreenMail greenMail = setup.greenMail;
            Session session = setup.session;
            String dbName = setup.dbName;
            int poolSize = setup.poolSize;
            int port = setup.port;
            AlertPriorityBenchmark bench = new AlertPriorityBenchmark(members, queued, batch, greenMail, session, setup.db);
            bench.emptyOutbox();
            System.out.printf(Locale.ROOT, "Urgent-alert benchmark, %s%n", ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
            System.out.printf(Locale.ROOT, "  an alert to %d members while %d ordinary notices wait; relay batch %d; %d round(s)%n",
                    members, queued, batch, rounds);
            System.out.printf(Locale.ROOT, "  database %s, fixed pool of %d validated connections; SMTP GreenMail on 127.0.0.1:%d (TCP_NODELAY)%n",
                    dbName, poolSize, port);
            System.out.printf(Locale.ROOT, "  Java %s, %d CPUs; load average (1 min) at start %.2f%n", System.getProperty("java.version"),
                    Runtime.getRuntime().availableProcessors(), loadAverage());
            // warm-up: a small alert behind a small queue, and a small loop
            bench.baseline(Math.min(300, members));
            bench.relay(Math.min(300, members), Math.min(1000, queued));
            bench.connectedBaseline(Math.min(300, members));
            List<Double> loops = new ArrayList<>();
            List<Double> connectedLoops = new ArrayList<>();
            List<RelayRun> relays = new ArrayList<>();
            for (int r = 1; r <= rounds; r++) {
                // the order alternates so that drift of the machine hits all alike
                if (r % 2 == 1) {
                    loops.add(bench.baseline(members));
                    connectedLoops.add(bench.connectedBaseline(members));
                    relays.add(bench.relay(members, queued));
                } else {
                    relays.add(bench.relay(members, queued));
                    connectedLoops.add(bench.connectedBaseline(members));
                    loops.add(bench.baseline(members));
                }
            }
            System.out.println();
            for (int r = 0; r < rounds; r++) {
                RelayRun relay = relays.get(r);
                double ratio = loops.get(r) / relay.toLastAlertSeconds();
                System.out.printf(Locale.ROOT, "round %d: bare Jakarta Mail loop %.2f s (%.0f mails/s); relay to the last alert "
                        + "%.2f s (%.0f mails/s), storing %d alert notices %.2f s; ratio relay / loop %.2f (target >= 0.70: %s); "
                        + "ordinary notices sent before the last alert: %d%n", r + 1, loops.get(r), members / loops.get(r),
                        relay.toLastAlertSeconds(), members / relay.toLastAlertSeconds(), members, relay.insertSeconds(), ratio,
                        ratio >= 0.7 ? "met" : "MISSED", relay.ordinaryBefore());
                System.out.printf(Locale.ROOT, "round %d, for reference: a loop over one SMTP connection kept open (the relay's "
                        + "own strategy) %.2f s; ratio relay / that loop %.2f%n", r + 1, connectedLoops.get(r),
                        connectedLoops.get(r) / relay.toLastAlertSeconds());
            }
            System.out.printf(Locale.ROOT, "load average (1 min) at the end %.2f%n", loadAverage());
        }
    }

    /** A hand-written loop: compose each alert mail (text + html) and {@code Transport.send} it. */
    private double baseline(int count) throws Exception {
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            Transport.send(NoticeFanOutBenchmark.bareMessage(session, recipient(i), "Member " + i, alertSubject(i),
                    alertText(i), alertHtml(i)));
        }
        double seconds = elapsed(start);
        int received = greenMail.getReceivedMessages().length;
        if (received != count) {
            throw new IllegalStateException("loop: SMTP server received " + received + ", expected " + count);
        }
        greenMail.purgeEmailFromAllMailboxes();
        System.out.printf(Locale.ROOT, "  bare Jakarta Mail loop, %d mails: %.2f s%n", count, seconds);
        return seconds;
    }

    /** The same mails over one SMTP connection kept open, as the relay sends a batch: the stricter baseline. */
    private double connectedBaseline(int count) throws Exception {
        long start = System.nanoTime();
        try (Transport transport = session.getTransport()) {
            transport.connect();
            for (int i = 0; i < count; i++) {
                jakarta.mail.internet.MimeMessage message = NoticeFanOutBenchmark.bareMessage(session, recipient(i),
                        "Member " + i, alertSubject(i), alertText(i), alertHtml(i));
                message.saveChanges();
                transport.sendMessage(message, message.getAllRecipients());
            }
        }
        double seconds = elapsed(start);
        int received = greenMail.getReceivedMessages().length;
        if (received != count) {
            throw new IllegalStateException("connected loop: SMTP server received " + received + ", expected " + count);
        }
        greenMail.purgeEmailFromAllMailboxes();
        System.out.printf(Locale.ROOT, "  Jakarta Mail over one open connection, %d mails: %.2f s%n", count, seconds);
        return seconds;
    }

    /** {@code queued} ordinary notices, then an alert to {@code count}; the relay runs until the last alert is sent. */
    private RelayRun relay(int count, int ordinary) throws Exception {
        int r = ++run;
        emptyOutbox();
        insert(ordinary, r, false);
        long insertStart = System.nanoTime();
        List<String> alertIds = insert(count, r, true);
        double insertSeconds = elapsed(insertStart);

        List<String> sentKinds = new ArrayList<>();
        long[] lastAlertAt = {0};
        long[] sendingNanos = {0};
        MailSender recording = new MailSender(session, FROM) {
            private int alerts;

            @Override
            public void send(OutgoingNotice notice) throws MessagingException {
                if (alerts == count) {
                    // the first notice after the last alert: measured; the relay returns before the next one
                    Thread.currentThread().interrupt();
                    throw new Stop();
                }
                long t0 = System.nanoTime();
                super.send(notice);
                sendingNanos[0] += System.nanoTime() - t0;
                sentKinds.add(notice.kind());
                if (NoticeKind.URGENT_ALERT.name().equals(notice.kind()) && ++alerts == count) {
                    lastAlertAt[0] = System.nanoTime();
                }
            }
        };
        Relay relay = new Relay(new OutboxStore(db, Clock.systemUTC()), recording, BACKOFF, "alert-bench-" + r, batch,
                Duration.ofMinutes(5));
        long start = System.nanoTime();
        try {
            relay.run(Duration.ofMinutes(30));
        } catch (SQLException e) {
            // recording the stopped notice may fail on the interrupted thread: the measurement is complete by then
        } finally {
            Thread.interrupted(); // clear the flag the recording sender set
        }
        if (lastAlertAt[0] == 0) {
            throw new IllegalStateException("relay: only " + sentKinds.stream().filter("URGENT_ALERT"::equals).count()
                    + " of " + count + " alerts sent");
        }
        double toLast = (lastAlertAt[0] - start) / 1e9;
        int ordinaryBefore = (int) sentKinds.stream().filter(k -> !NoticeKind.URGENT_ALERT.name().equals(k)).count();
        if (ordinaryBefore != 0) {
            throw new IllegalStateException("relay: " + ordinaryBefore + " ordinary notices were sent before the last alert");
        }
        MimeMessage[] received = greenMail.getReceivedMessages();
        List<String> receivedIds = new ArrayList<>();
        for (MimeMessage m : received) {
            receivedIds.add(m.getMessageID());
        }
        Set<String> distinct = new HashSet<>(receivedIds);
        if (received.length != count || distinct.size() != count || !distinct.equals(new HashSet<>(alertIds))) {
            throw new IllegalStateException("relay: SMTP server received " + received.length + " mails (" + distinct.size()
                    + " distinct), expected exactly the " + count + " stored alerts");
        }
        greenMail.purgeEmailFromAllMailboxes();
        emptyOutbox();
        System.out.printf(Locale.ROOT, "  relay, alert to %d behind %d queued: last alert handed to SMTP after %.2f s "
                + "(storing the alert notices %.2f s; inside MailSender.send %.2f s, the rest claiming and recording)%n",
                count, ordinary, toLast, insertSeconds, sendingNanos[0] / 1e9);
        return new RelayRun(insertSeconds, toLast, count, ordinaryBefore);
    }

    /** Stores {@code count} rendered notices in one transaction: ordinary WELCOMEs, or URGENT_ALERTs at their priority. */
    private List<String> insert(int count, int r, boolean alert) throws SQLException {
        NoticeKind kind = alert ? NoticeKind.URGENT_ALERT : NoticeKind.WELCOME;
        return NoticeFanOutBenchmark.store(db, count, kind.name(), kind.priority(), i -> new String[] {
            recipient(i % members), "Member " + i, alert ? alertSubject(i) : "Welcome " + i,
            alert ? alertText(i) : "Welcome to the partnership, member " + i + ".",
            alert ? alertHtml(i) : "<p>Welcome to the partnership, member " + i + ".</p>",
            "<" + (alert ? "alert" : "notice") + "-bench-" + r + "-" + i + "@" + DOMAIN + ">"});
    }

    private void emptyOutbox() throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM notice");
        }
    }

    private static String recipient(int i) {
        return "member" + i + "@" + DOMAIN;
    }

    private static String alertSubject(int i) {
        return "Urgent alert: bridge closed, command post at the North Star ramp (" + i + ")";
    }

    private static String alertText(int i) {
        return "[TLP:AMBER] The Hennepin Avenue bridge is closed. Command post at the North Star parking ramp.\n\n"
                + "Acknowledge with one click: https://steward.test/alert/bench-token-" + i;
    }

    private static String alertHtml(int i) {
        return "<p><strong>[TLP:AMBER]</strong> The Hennepin Avenue bridge is closed.</p>"
                + "<p><a href=\"https://steward.test/alert/bench-token-" + i + "\">Acknowledge</a></p>";
    }

    private static double elapsed(long startNanos) {
        return NoticeFanOutBenchmark.elapsed(startNanos);
    }

    private static double loadAverage() {
        return NoticeFanOutBenchmark.loadAverage();
    }

    private static String property(String name, String fallback) {
        return NoticeFanOutBenchmark.property(name, fallback);
    }
}
