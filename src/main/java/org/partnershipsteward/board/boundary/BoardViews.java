package org.partnershipsteward.board.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.partnershipsteward.board.entity.BoardSeat;
import org.partnershipsteward.board.entity.ChairTermEntry;
import org.partnershipsteward.membership.entity.Member;
import org.partnershipsteward.platform.config.PartnershipConfig;

/** Composes {@link BoardView} for the API and the board page. */
@Dependent
public class BoardViews {

    @Inject
    Board board;

    @PersistenceContext
    EntityManager em;

    @Inject
    PartnershipConfig config;

    @Inject
    Clock clock;

    public BoardView view() {
        List<BoardView.Seat> seats = board.seats().stream().map(this::seat).toList();
        LocalDate today = LocalDate.now(clock.withZone(config.zone()));
        BoardView.Term chair = null;
        List<BoardView.Term> ahead = new ArrayList<>();
        List<BoardView.Term> past = new ArrayList<>();
        for (ChairTermEntry t : board.chairTerms()) {
            BoardView.Term term = new BoardView.Term(t.getMemberId(), name(t.getMemberId()), t.getSeatId(),
                    t.getStartsOn(), t.getEndsOn());
            if (t.getEndsOn().isBefore(today)) {
                past.add(0, term);
            } else if (t.getStartsOn().isAfter(today)) {
                ahead.add(term);
            } else {
                chair = term;
            }
        }
        return new BoardView(seats, chair, ahead.isEmpty() ? null : ahead.get(0), ahead, past);
    }

    private BoardView.Seat seat(BoardSeat s) {
        return new BoardView.Seat(s.getId(), s.getSeatType(), board.seatType(s.getSeatType()).name(), s.getPosition(),
                s.getHolderId(), name(s.getHolderId()), s.getAlternateId(), name(s.getAlternateId()), s.getTermStart(),
                s.getTermEnd(), s.isVacant(), s.getVacantSince());
    }

    private String name(Long memberId) {
        if (memberId == null) {
            return null;
        }
        Member m = em.find(Member.class, memberId);
        return m == null ? null : m.fullName();
    }
}
