package org.partnershipsteward.notice.control;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One pass of the outbox relay: claim due notices, send each, record each outcome, until nothing is
 * due or the pass has used its time. Plain Java, so that tests run two relays on one database or stop
 * one in the middle of a batch.
 */
public final class Relay {

    private static final Logger LOG = Logger.getLogger(Relay.class.getName());

    /** What one pass did. */
    public record Pass(int sent, int retried, int failed) {

        Pass plus(Pass other) {
            return new Pass(sent + other.sent, retried + other.retried, failed + other.failed);
        }
    }

    private final OutboxStore store;
    private final MailSender sender;
    private final Backoff backoff;
    private final String relayId;
    private final int batchSize;
    private final Duration lease;

    public Relay(OutboxStore store, MailSender sender, Backoff backoff, String relayId, int batchSize, Duration lease) {
        this.store = store;
        this.sender = sender;
        this.backoff = backoff;
        this.relayId = relayId;
        this.batchSize = batchSize;
        this.lease = lease;
    }

    public String relayId() {
        return relayId;
    }

    /** Sends until nothing is due, the budget is spent, or the thread is interrupted. */
    public Pass run(Duration budget) throws SQLException {
        long deadline = System.nanoTime() + budget.toNanos();
        Pass total = new Pass(0, 0, 0);
        while (System.nanoTime() < deadline && !Thread.currentThread().isInterrupted()) {
            List<OutgoingNotice> batch = store.claim(relayId, batchSize, lease);
            if (batch.isEmpty()) {
                break;
            }
            // one SMTP connection and one database connection for the batch, closed after it
            try (MailSender connection = sender; OutboxStore.Marks marks = store.marks()) {
                total = total.plus(send(batch, store.bouncing(batch), marks));
            }
        }
        return total;
    }

    private Pass send(List<OutgoingNotice> batch, Set<String> bouncing, OutboxStore.Marks marks) throws SQLException {
        int sent = 0;
        int retried = 0;
        int failed = 0;
        for (OutgoingNotice notice : batch) {
            if (Thread.currentThread().isInterrupted()) {
                break; // the rest stays claimed until the lease ends
            }
            try {
                sender.send(notice);
            } catch (Exception e) {
                if (DeliveryFailure.bounced(e, notice.recipientEmail())) {
                    store.markBounced(notice, relayId, describe(e));
                    bouncing.add(notice.recipientEmail()); // a later notice to it in this batch clears it again
                    failed++;
                    LOG.log(Level.WARNING, "Notice {0}: {1} refused for good: {2}",
                            new Object[] {notice.id(), notice.recipientEmail(), describe(e)});
                    continue;
                }
                String status = store.markFailed(notice, relayId, describe(e), backoff);
                if ("FAILED".equals(status)) {
                    failed++;
                    LOG.log(Level.WARNING, "Notice {0} failed for good: {1}", new Object[] {notice.id(), describe(e)});
                } else {
                    retried++;
                }
                continue;
            }
            marks.sent(notice, relayId, bouncing.contains(notice.recipientEmail()));
            sent++;
        }
        return new Pass(sent, retried, failed);
    }

    /**
     * The failure as the notice log shows it: a plain sentence ({@link DeliveryFailure#inWords}), then the library's
     * words.
     */
    static String describe(Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = e.getMessage() == null ? "" : e.getMessage();
        return DeliveryFailure.inWords(e) + " " + (root == e ? e.getClass().getSimpleName() + ": " + message
                : e.getClass().getSimpleName() + ": " + message + " (" + root.getClass().getSimpleName() + ": "
                        + root.getMessage() + ")");
    }
}
