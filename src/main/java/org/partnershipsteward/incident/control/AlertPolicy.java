package org.partnershipsteward.incident.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.partnershipsteward.incident.entity.AlertAudience;

/**
 * Who an urgent alert goes to and when those who have not acknowledged it get the second mail.
 * <ul>
 * <li>Only current members (active or at risk) receive alerts; a lapsed or resigned member never does.</li>
 * <li>{@code ALL}: every current member. {@code PUBLIC} / {@code PRIVATE}: those whose organisation is in that sector.
 * {@code BOARD}: those seated on the Executive Board now (holders, or alternates acting for them).</li>
 * <li>Opt-outs do not apply: an urgent alert is a notice no one can switch off.</li>
 * <li>The second mail is due once, {@code partnership.alerts.second-mail-minutes} after sending, to every recipient
 * who has not acknowledged by then, with a copy to their backup contact.</li>
 * </ul>
 */
public final class AlertPolicy {

    /** A member as the audience rule sees them. */
    public record Candidate(long memberId, boolean current, boolean publicSector, boolean seatedOnBoard) {
    }

    private AlertPolicy() {
    }

    /** The ids of the candidates the alert goes to, in the order given. */
    public static List<Long> recipients(AlertAudience audience, Collection<Candidate> candidates) {
        Objects.requireNonNull(audience, "audience");
        return candidates.stream().filter(Candidate::current).filter(c -> switch (audience) {
            case ALL -> true;
            case PUBLIC -> c.publicSector();
            case PRIVATE -> !c.publicSector();
            case BOARD -> c.seatedOnBoard();
        }).map(Candidate::memberId).toList();
    }

    /** When the second mail is due for an alert sent at {@code sentAt}; the delay must be positive. */
    public static Instant secondMailAt(Instant sentAt, Duration after) {
        if (after.isNegative() || after.isZero()) {
            throw new IllegalArgumentException("the delay before the second mail must be positive, not " + after);
        }
        return sentAt.plus(after);
    }

    /** Whether the second mail is due now: its time has come and it has not been sent. */
    public static boolean secondMailDue(Instant secondMailAt, Instant secondMailSentAt, Instant now) {
        return secondMailSentAt == null && !now.isBefore(secondMailAt);
    }
}
