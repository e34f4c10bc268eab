package org.partnershipsteward.board.control;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongPredicate;
import org.partnershipsteward.board.entity.ActingReason;

/**
 * Who speaks for a seat on a given day: its holder, or the alternate acting for it. The rules (issue 17):
 * <ul>
 * <li>a seat with a holder who is not on leave that day: the holder;</li>
 * <li>a vacant seat: its alternate acts ({@link ActingReason#VACANT});</li>
 * <li>a holder on leave that day (the day within a leave's from..to, both included): the alternate acts
 * ({@link ActingReason#ABSENT}) until the leave's last day; the day after, the holder is back;</li>
 * <li>the one who would speak is not available (not a current member with a login, or on leave themself from a
 * seat they hold): nobody speaks for the seat that day; the seat is short, as a vacant seat without an alternate
 * is.</li>
 * </ul>
 * Pure: plain values in, plain values out.
 */
public final class SeatActing {

    private SeatActing() {
    }

    /** A leave of the holder, both days included. */
    public record Leave(LocalDate from, LocalDate to) {
        public Leave {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }

        public boolean covers(LocalDate day) {
            return !day.isBefore(from) && !day.isAfter(to);
        }
    }

    /**
     * Who speaks for the seat: the member, and when it is not the holder, why the alternate acts and (on leave) the
     * leave's last day.
     */
    public record Voice(long memberId, ActingReason acting, LocalDate until) {
        public boolean isActing() {
            return acting != null;
        }
    }

    /**
     * @param day         the day asked about
     * @param holderId    the seat's holder, null when vacant
     * @param alternateId the seat's alternate, null when none is named
     * @param leaves      the holder's leaves of this seat
     * @param available   whether a member may speak for a seat that day (current, with a login, not on leave)
     */
    public static Optional<Voice> on(LocalDate day, Long holderId, Long alternateId, Collection<Leave> leaves,
            LongPredicate available) {
        Objects.requireNonNull(day, "day");
        if (holderId == null) {
            return alternate(alternateId, ActingReason.VACANT, null, available);
        }
        Optional<Leave> leave = leaves.stream().filter(l -> l.covers(day)).findFirst();
        if (leave.isPresent()) {
            return alternate(alternateId, ActingReason.ABSENT, leave.get().to(), available);
        }
        return available.test(holderId) ? Optional.of(new Voice(holderId, null, null)) : Optional.empty();
    }

    private static Optional<Voice> alternate(Long alternateId, ActingReason why, LocalDate until, LongPredicate available) {
        if (alternateId == null || !available.test(alternateId)) {
            return Optional.empty();
        }
        return Optional.of(new Voice(alternateId, why, until));
    }
}
