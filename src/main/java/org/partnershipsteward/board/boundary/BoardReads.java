package org.partnershipsteward.board.boundary;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import org.partnershipsteward.board.entity.BoardSeat;
import org.partnershipsteward.board.entity.SeatAbsence;
import org.partnershipsteward.platform.persistence.RenderMemo;

/**
 * The two reads that several parts of the board page make while it renders: the seats in order (the seats' table,
 * who speaks for each seat, the caller's own seat) and the leaves running on a day (the seats' table, who speaks).
 * Made once per rendering ({@link RenderMemo}); outside a rendering, every call reads current rows.
 */
final class BoardReads {

    private BoardReads() {
    }

    private record SeatsInOrder() {
    }

    private record LeavesOn(LocalDate day) {
    }

    /** Every seat, by position. */
    static List<BoardSeat> seatsInOrder(EntityManager em) {
        return RenderMemo.of(new SeatsInOrder(), () -> em.createQuery("SELECT s FROM BoardSeat s ORDER BY s.position",
                BoardSeat.class).getResultList());
    }

    /** The leaves that include {@code day}, oldest recorded first. */
    static List<SeatAbsence> leavesOn(EntityManager em, LocalDate day) {
        return RenderMemo.of(new LeavesOn(day), () -> em.createQuery(
                "SELECT a FROM SeatAbsence a WHERE a.startsOn <= :d AND a.endsOn >= :d ORDER BY a.id", SeatAbsence.class)
                .setParameter("d", day).getResultList());
    }
}
