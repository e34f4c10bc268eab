package org.partnershipsteward.board.control;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;

/**
 * A leave of the chair within their term hands the chair to the vice-chair for the leave's days (issue 17). The
 * bylaws name no vice-chair of their own: the vice-chair is the next chair in the rotation (the chair of the term
 * that follows, as the board page shows it). The vice-chair chairs from the leave's first day (or the term's, if
 * later) to its last day (or the term's, if earlier); the day after, the chair is back. A vice-chair who is on leave
 * that day too, or who is the chair themself, stands in for nobody: the chair is simply away.
 * <p>
 * Pure: plain values in, plain values out.
 */
public final class ChairStandIn {

    private ChairStandIn() {
    }

    /**
     * Who chairs instead of the chair, from when until when.
     *
     * @param chairId the chair who is away
     * @param viceId  the vice-chair who chairs meanwhile
     */
    public record StandIn(long chairId, long viceId, LocalDate from, LocalDate until) {
    }

    /**
     * @param day         the day asked about
     * @param chair       the chair term running that day (null: none)
     * @param vice        the next term in the rotation (null: none planned)
     * @param chairLeaves the chair's leaves of their seat
     * @param viceLeaves  the vice-chair's leaves of their seat
     */
    public static Optional<StandIn> on(LocalDate day, ChairTerm chair, ChairTerm vice,
            Collection<SeatActing.Leave> chairLeaves, Collection<SeatActing.Leave> viceLeaves) {
        Objects.requireNonNull(day, "day");
        if (chair == null || vice == null || !chair.covers(day) || vice.memberId() == chair.memberId()) {
            return Optional.empty();
        }
        Optional<SeatActing.Leave> leave = chairLeaves.stream().filter(l -> l.covers(day)).findFirst();
        if (leave.isEmpty() || viceLeaves.stream().anyMatch(l -> l.covers(day))) {
            return Optional.empty();
        }
        LocalDate from = leave.get().from().isAfter(chair.from()) ? leave.get().from() : chair.from();
        LocalDate until = leave.get().to().isBefore(chair.to()) ? leave.get().to() : chair.to();
        return Optional.of(new StandIn(chair.memberId(), vice.memberId(), from, until));
    }
}
