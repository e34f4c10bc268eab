package org.partnershipsteward.notice.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.partnershipsteward.notice.entity.NoticeKind;
import org.partnershipsteward.platform.mail.MailSessions;
import org.partnershipsteward.platform.persistence.UrlRoutingDataSource;

/**
 * The outbox relay against a real database (embedded H2, or MariaDB in CI through {@code it.relay.db.url})
 * and a real SMTP server (GreenMail): nothing lost when the server is down, no duplicate with two relays,
 * a relay that dies mid-batch is taken over and resends only the notice in flight, with its Message-ID.
 */
class OutboxRelayIT {

    private static final ServerSetup SMTP = new ServerSetup(3926, "127.0.0.1", "smtp");

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(SMTP);

    private static DataSource db;

    /** A clock the test moves forward, to pass back-off delays and leases without waiting. */
    private static final class MovableClock extends Clock {
        private Instant now = Instant.now();

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }
    }

    /** Stands for the process being killed: an Error, which the relay does not catch. */
    private static final class SimulatedCrash extends Error {
        private static final long serialVersionUID = 1L;
    }

    private final MovableClock clock = new MovableClock();
    private final Backoff backoff = new Backoff(Duration.ofSeconds(30), Duration.ofMinutes(30), 5);

    @BeforeAll
    static void migrate() {
        UrlRoutingDataSource ds = new UrlRoutingDataSource();
        ds.setURL(System.getProperty("it.relay.db.url",
                "jdbc:h2:mem:relay-it;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1"));
        ds.setUser(System.getProperty("it.db.user", "sa"));
        ds.setPassword(System.getProperty("it.db.password", ""));
        Flyway.configure().dataSource(ds).locations("filesystem:sql").load().migrate();
        db = ds;
    }

    @BeforeEach
    void empty() throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM notice");
        }
    }

    private List<String> enqueue(int count) throws SQLException {
        return enqueue(count, NoticeKind.WELCOME);
    }

    /** Fully rendered notices of the kind, due now, at the kind's outbox priority. */
    private List<String> enqueue(int count, NoticeKind kind) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Connection c = db.getConnection(); PreparedStatement insert = c.prepareStatement("""
                INSERT INTO notice (kind, recipient_email, recipient_name, subject, body_text, body_html, message_id,
                                    status, attempts, next_attempt_at, created_at, priority)
                VALUES (?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?, ?)""")) {
            for (int i = 0; i < count; i++) {
                String messageId = "<notice." + UUID.randomUUID() + "@steward.test>";
                insert.setString(1, kind.name());
                insert.setString(2, "member" + i + "@steward.test");
                insert.setString(3, "Member " + i);
                insert.setString(4, kind + " " + i);
                insert.setString(5, "Welcome to the partnership, member " + i + ". https://steward.test/dashboard.xhtml");
                insert.setString(6, "<p>Welcome to the partnership, member " + i + ".</p>");
                insert.setString(7, messageId);
                insert.setTimestamp(8, Timestamp.from(clock.instant().minusSeconds(1)));
                insert.setTimestamp(9, Timestamp.from(clock.instant().minusSeconds(1)));
                insert.setInt(10, kind.priority());
                insert.addBatch();
                ids.add(messageId);
            }
            insert.executeBatch();
        }
        return ids;
    }

    private Map<String, Integer> statuses() throws SQLException {
        Map<String, Integer> counts = new HashMap<>();
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT status, COUNT(*) FROM notice GROUP BY status")) {
            while (rs.next()) {
                counts.put(rs.getString(1), rs.getInt(2));
            }
        }
        return counts;
    }

    private static List<String> receivedMessageIds() throws MessagingException {
        List<String> ids = new ArrayList<>();
        for (MimeMessage m : greenMail.getReceivedMessages()) {
            ids.add(m.getMessageID());
        }
        return ids;
    }

    private MailSender senderTo(int port) {
        return new MailSender(MailSessions.smtp("127.0.0.1", port, false, false, null, null), "partnership@steward.test");
    }

    private Relay relay(String id, MailSender sender, int batch) {
        return new Relay(new OutboxStore(db, clock), sender, backoff, id, batch, Duration.ofMinutes(5));
    }

    @Test
    void everyPendingNoticeIsSentOnceWithItsStoredMessageId() throws Exception {
        List<String> stored = enqueue(25);
        Relay.Pass pass = relay("relay-a", senderTo(SMTP.getPort()), 10).run(Duration.ofSeconds(60));
        assertEquals(25, pass.sent());
        assertEquals(Map.of("SENT", 25), statuses());
        List<String> received = receivedMessageIds();
        assertEquals(25, received.size());
        assertEquals(stored.stream().sorted().toList(), received.stream().sorted().toList());
    }

    /**
     * Issue 19: an urgent alert goes ahead of everything queued. The order is that in which the relay handed each
     * mail to the SMTP server (recorded after the server took it: GreenMail lists what it received by mailbox, not by
     * arrival); GreenMail then holds exactly those mails.
     */
    @Test
    void urgentAlertsAreSentAheadOfEveryOrdinaryNoticeAlreadyQueued() throws Exception {
        List<String> ordinary = enqueue(30);
        List<String> alerts = enqueue(12, NoticeKind.URGENT_ALERT);
        List<String> handedOver = new ArrayList<>();
        MailSender recording = new MailSender(MailSessions.smtp("127.0.0.1", SMTP.getPort(), false, false, null, null),
                "partnership@steward.test") {
            @Override
            public void send(OutgoingNotice notice) throws MessagingException {
                super.send(notice);
                handedOver.add(notice.messageId());
            }
        };
        Relay.Pass pass = relay("relay-a", recording, 5).run(Duration.ofSeconds(60));
        assertEquals(42, pass.sent());
        assertEquals(alerts.stream().sorted().toList(), handedOver.subList(0, 12).stream().sorted().toList(),
                "the first twelve mails handed to SMTP are the alerts: " + handedOver);
        assertEquals(ordinary, handedOver.subList(12, 42), "then the ordinary notices, in the order they were queued");
        assertEquals(handedOver.stream().sorted().toList(), receivedMessageIds().stream().sorted().toList(),
                "the SMTP server holds exactly the mails handed to it");
    }

    private List<String> bouncingAddresses() throws SQLException {
        List<String> emails = new ArrayList<>();
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT email FROM mail_bounce ORDER BY email")) {
            while (rs.next()) {
                emails.add(rs.getString(1));
            }
        }
        return emails;
    }

    /**
     * A recipient the server refused for good is recorded as bouncing, and the record goes when a later notice to the
     * address is taken, in the same batch too (the relay reads which addresses bounce once per batch, not per notice).
     */
    @Test
    void aRefusedAddressIsRecordedAsBouncingUntilALaterNoticeToItIsTaken() throws Exception {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM mail_bounce");
        }
        enqueue(3); // member0, member1, member2
        enqueue(1); // member0 again, later in the same batch
        int[] sendsToMember0 = {0};
        MailSender refusingOnce = new MailSender(MailSessions.smtp("127.0.0.1", SMTP.getPort(), false, false, null, null),
                "partnership@steward.test") {
            @Override
            public void send(OutgoingNotice notice) throws MessagingException {
                if (notice.recipientEmail().equals("member0@steward.test") && sendsToMember0[0]++ == 0) {
                    throw new jakarta.mail.SendFailedException("550 5.1.1 mailbox unavailable", null, new jakarta.mail.Address[0],
                            new jakarta.mail.Address[0], new jakarta.mail.Address[] {
                                new jakarta.mail.internet.InternetAddress("member0@steward.test")});
                }
                super.send(notice);
            }
        };
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO mail_bounce (email, notice_id, reason, bounced_at) "
                    + "VALUES ('member2@steward.test', NULL, '550 earlier', CURRENT_TIMESTAMP)");
        }

        Relay.Pass pass = relay("relay-a", refusingOnce, 10).run(Duration.ofSeconds(60));

        assertEquals(3, pass.sent());
        assertEquals(1, pass.failed());
        assertEquals(List.of(), bouncingAddresses(),
                "member0 bounced and was taken later in the batch; member2 bounced before and was taken now");
    }

    @Test
    void mailServerDownDelaysNoticesButLosesNone() throws Exception {
        enqueue(12);
        Relay.Pass down = relay("relay-a", senderTo(1), 50).run(Duration.ofSeconds(60)); // nothing listens on port 1
        assertEquals(0, down.sent());
        assertEquals(12, down.retried());
        assertEquals(Map.of("PENDING", 12), statuses());
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT MIN(attempts), MAX(attempts), MIN(last_error) FROM notice")) {
            rs.next();
            assertEquals(1, rs.getInt(1));
            assertEquals(1, rs.getInt(2));
            assertTrue(rs.getString(3).contains("MailConnectException") || rs.getString(3).contains("Connect"), rs.getString(3));
        }

        Relay.Pass tooEarly = relay("relay-a", senderTo(SMTP.getPort()), 50).run(Duration.ofSeconds(60));
        assertEquals(0, tooEarly.sent(), "the back-off holds the notices back");

        clock.advance(backoff.delayAfter(1).plusSeconds(1));
        Relay.Pass up = relay("relay-a", senderTo(SMTP.getPort()), 50).run(Duration.ofSeconds(60));
        assertEquals(12, up.sent());
        assertEquals(Map.of("SENT", 12), statuses());
        assertEquals(12, greenMail.getReceivedMessages().length);
    }

    @Test
    void noticeThatKeepsFailingEndsFailedWithItsLastError() throws Exception {
        enqueue(1);
        for (int attempt = 1; attempt <= backoff.maxAttempts(); attempt++) {
            relay("relay-a", senderTo(1), 10).run(Duration.ofSeconds(30));
            clock.advance(backoff.max().plusSeconds(1));
        }
        assertEquals(Map.of("FAILED", 1), statuses());
    }

    @Test
    void relayKilledMidBatchIsTakenOverAndOnlyTheNoticeInFlightIsSentTwiceWithTheSameMessageId() throws Exception {
        List<String> stored = enqueue(40);
        AtomicInteger sends = new AtomicInteger();
        MailSender real = senderTo(SMTP.getPort());
        MailSender dying = new MailSender(MailSessions.smtp("127.0.0.1", SMTP.getPort(), false, false, null, null),
                "partnership@steward.test") {
            @Override
            public void send(OutgoingNotice notice) throws MessagingException {
                real.send(notice);
                if (sends.incrementAndGet() == 15) {
                    throw new SimulatedCrash(); // the process dies after the server took the 15th mail, before it was marked
                }
            }
        };
        try {
            relay("relay-a", dying, 20).run(Duration.ofSeconds(60));
        } catch (SimulatedCrash expected) {
            // the relay is gone; its claim on the rest of the batch stays until the lease ends
        }
        assertEquals(14, statuses().getOrDefault("SENT", 0));

        Relay.Pass beforeLease = relay("relay-b", senderTo(SMTP.getPort()), 20).run(Duration.ofSeconds(60));
        assertEquals(20, beforeLease.sent(), "the second relay takes only what was never claimed");

        clock.advance(Duration.ofMinutes(6));
        Relay.Pass afterLease = relay("relay-b", senderTo(SMTP.getPort()), 20).run(Duration.ofSeconds(60));
        assertEquals(6, afterLease.sent(), "the dead relay's claimed notices are sent after its lease");
        assertEquals(Map.of("SENT", 40), statuses());

        List<String> received = receivedMessageIds();
        assertEquals(41, received.size(), "exactly one mail twice: the one in flight when the relay died");
        Map<String, Long> perId = received.stream().collect(Collectors.groupingBy(id -> id, Collectors.counting()));
        assertEquals(40, perId.size());
        assertEquals(stored.stream().sorted().toList(), perId.keySet().stream().sorted().toList());
        assertEquals(1, perId.values().stream().filter(n -> n == 2).count());
    }

    @Test
    void twoRelaysOnOneDatabaseSendNoDuplicates() throws Exception {
        List<String> stored = enqueue(300);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Relay.Pass>> passes = new ArrayList<>();
            for (String id : Arrays.asList("instance-1", "instance-2")) {
                passes.add(pool.submit(() -> relay(id, senderTo(SMTP.getPort()), 7).run(Duration.ofSeconds(120))));
            }
            int sent = 0;
            for (Future<Relay.Pass> pass : passes) {
                sent += pass.get().sent();
            }
            assertEquals(300, sent);
        } finally {
            pool.shutdownNow();
        }
        List<String> received = receivedMessageIds();
        assertEquals(300, received.size());
        assertEquals(stored.stream().sorted().toList(), received.stream().sorted().toList());
        assertEquals(Map.of("SENT", 300), statuses());
    }
}
