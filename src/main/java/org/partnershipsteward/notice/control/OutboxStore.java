package org.partnershipsteward.notice.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;

/**
 * The relay's side of the outbox, in plain JDBC: claims due notices with row locks that other relays
 * skip ({@code FOR UPDATE SKIP LOCKED}, MySQL 8 / MariaDB 10.6+ / H2), so that two instances on one
 * database never send the same notice; then records each outcome. A claim is a lease: a relay that
 * dies leaves its notices {@code SENDING} until the lease ends, and another relay takes them over with
 * the same Message-ID. Notices are claimed by priority, then in order of arrival: an urgent alert
 * ({@code priority} 1) goes ahead of every ordinary notice (3) already queued; the index
 * {@code ix_notice_priority (priority, id)} serves that order.
 *
 * <p>The claim runs in {@code READ COMMITTED}: under InnoDB's default {@code REPEATABLE READ} the claim's
 * range scan on {@code ix_notice_due} also locks the gaps between index entries, SKIP LOCKED skips
 * locked rows but not gaps, and two relays claiming at the same moment then block each other's
 * {@code PENDING -> SENDING} index inserts: InnoDB reports a deadlock and rolls one claim back (seen
 * with two relays in the notice fan-out benchmark, docs/quality.md). {@code READ COMMITTED} takes no
 * gap locks for these reads; the row locks, and so the exclusive claim, stay the same.
 */
public final class OutboxStore {

    private static final String CLAIM = """
            SELECT id, kind, recipient_email, recipient_name, subject, body_text, body_html, calendar,
                   calendar_method, unsubscribe_url, message_id, attempts
              FROM notice
             WHERE (status = 'PENDING' AND next_attempt_at <= ?)
                OR (status = 'SENDING' AND claimed_until < ?)
             ORDER BY priority, id
             LIMIT ?
             FOR UPDATE SKIP LOCKED""";

    private final DataSource dataSource;
    private final Clock clock;

    public OutboxStore(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** Claims up to {@code batch} due notices for {@code relayId} for the length of {@code lease}. */
    public List<OutgoingNotice> claim(String relayId, int batch, Duration lease) throws SQLException {
        Instant now = clock.instant();
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            int isolation = connection.getTransactionIsolation();
            connection.setAutoCommit(false);
            if (isolation != Connection.TRANSACTION_READ_COMMITTED) {
                connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            }
            try {
                List<OutgoingNotice> claimed = new ArrayList<>();
                try (PreparedStatement select = connection.prepareStatement(CLAIM)) {
                    select.setTimestamp(1, Timestamp.from(now));
                    select.setTimestamp(2, Timestamp.from(now));
                    select.setInt(3, batch);
                    try (ResultSet rs = select.executeQuery()) {
                        while (rs.next()) {
                            claimed.add(new OutgoingNotice(rs.getLong(1), rs.getString(2), rs.getString(3),
                                    rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                                    rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11),
                                    rs.getInt(12)));
                        }
                    }
                }
                if (!claimed.isEmpty()) {
                    try (PreparedStatement update = connection.prepareStatement(
                            "UPDATE notice SET status = 'SENDING', claimed_by = ?, claimed_until = ? WHERE id = ?")) {
                        for (OutgoingNotice notice : claimed) {
                            update.setString(1, relayId);
                            update.setTimestamp(2, Timestamp.from(now.plus(lease)));
                            update.setLong(3, notice.id());
                            update.addBatch();
                        }
                        update.executeBatch();
                    }
                }
                connection.commit();
                return claimed;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
                if (isolation != Connection.TRANSACTION_READ_COMMITTED) {
                    connection.setTransactionIsolation(isolation);
                }
            }
        }
    }

    /**
     * The addresses among a batch's recipients that are recorded as bouncing (one query per batch): only a notice
     * to one of them needs to clear the record when it is taken. The set may be changed (a bounce in the batch).
     */
    public Set<String> bouncing(List<OutgoingNotice> batch) throws SQLException {
        Set<String> emails = new HashSet<>();
        batch.forEach(notice -> emails.add(notice.recipientEmail()));
        Set<String> bouncing = new HashSet<>();
        if (emails.isEmpty()) {
            return bouncing;
        }
        String marks = String.join(", ", java.util.Collections.nCopies(emails.size(), "?"));
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT email FROM mail_bounce WHERE email IN (" + marks + ")")) {
            int i = 1;
            for (String email : emails) {
                select.setString(i++, email);
            }
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    bouncing.add(rs.getString(1));
                }
            }
        }
        return bouncing;
    }

    /**
     * One database connection held for the outcomes of one batch, so that recording a sent notice is one
     * statement, committed on its own before the next notice is sent (a kill between two sends can repeat only the
     * notice in flight), without a connection lease, a validation and a commit more per notice.
     */
    public Marks marks() throws SQLException {
        Connection connection = dataSource.getConnection();
        if (!connection.getAutoCommit()) {
            connection.setAutoCommit(true);
        }
        return new Marks(connection);
    }

    /** See {@link #marks()}. */
    public final class Marks implements AutoCloseable {

        private final Connection connection;
        private PreparedStatement sent;

        private Marks(Connection connection) {
            this.connection = connection;
        }

        /**
         * The mail server took the notice: it is SENT, and when its address was recorded as bouncing, that record
         * goes (a later notice to it was taken). Only the relay holding the claim may say so.
         */
        public boolean sent(OutgoingNotice notice, String relayId, boolean addressWasBouncing) throws SQLException {
            if (sent == null) {
                sent = connection.prepareStatement("UPDATE notice SET status = 'SENT', sent_at = ?, "
                        + "attempts = attempts + 1, claimed_by = NULL, claimed_until = NULL, last_error = NULL "
                        + "WHERE id = ? AND status = 'SENDING' AND claimed_by = ?");
            }
            sent.setTimestamp(1, Timestamp.from(clock.instant()));
            sent.setLong(2, notice.id());
            sent.setString(3, relayId);
            boolean ours = sent.executeUpdate() == 1;
            if (addressWasBouncing) {
                updateCount("DELETE FROM mail_bounce WHERE email = ?", notice.recipientEmail());
            }
            return ours;
        }

        @Override
        public void close() throws SQLException {
            try (connection) {
                if (sent != null) {
                    sent.close();
                }
            }
        }
    }

    /**
     * The mail server refused or could not be reached: try again after the back-off, or give up
     * ({@code FAILED}) when the tries are used up. Returns the new status.
     */
    public String markFailed(OutgoingNotice notice, String relayId, String error, Backoff backoff) throws SQLException {
        int failures = notice.attempts() + 1;
        boolean exhausted = backoff.exhausted(failures);
        String status = exhausted ? "FAILED" : "PENDING";
        Instant next = clock.instant().plus(backoff.delayAfter(failures));
        update("UPDATE notice SET status = ?, attempts = ?, next_attempt_at = ?, last_error = ?, claimed_by = NULL, "
                + "claimed_until = NULL WHERE id = ? AND status = 'SENDING' AND claimed_by = ?",
                status, failures, Timestamp.from(next), truncate(error), notice.id(), relayId);
        return status;
    }

    /**
     * The mail server refused the recipient for good (5xx): the notice fails now, without retries, and
     * the address is recorded as bouncing until a later notice to it is taken.
     */
    public void markBounced(OutgoingNotice notice, String relayId, String error) throws SQLException {
        Timestamp now = Timestamp.from(clock.instant());
        update("UPDATE notice SET status = 'FAILED', attempts = attempts + 1, last_error = ?, claimed_by = NULL, "
                + "claimed_until = NULL WHERE id = ? AND status = 'SENDING' AND claimed_by = ?",
                truncate(error), notice.id(), relayId);
        String email = notice.recipientEmail();
        if (updateCount("UPDATE mail_bounce SET notice_id = ?, reason = ?, bounced_at = ? WHERE email = ?",
                notice.id(), truncate(error), now, email) == 0) {
            try {
                updateCount("INSERT INTO mail_bounce (email, notice_id, reason, bounced_at) VALUES (?, ?, ?, ?)",
                        email, notice.id(), truncate(error), now);
            } catch (java.sql.SQLIntegrityConstraintViolationException e) {
                // another relay recorded the same address a moment ago
            }
        }
    }

    private static String truncate(String error) {
        String e = error == null ? "unknown error" : error;
        return e.length() <= 2000 ? e : e.substring(0, 1997) + "...";
    }

    private int updateCount(String sql, Object... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        }
    }

    private boolean update(String sql, Object... parameters) throws SQLException {
        return updateCount(sql, parameters) == 1;
    }
}
