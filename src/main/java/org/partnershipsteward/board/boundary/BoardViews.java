package org.partnershipsteward.board.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.partnershipsteward.board.control.SeatActing;
import org.partnershipsteward.board.entity.ActingPeriod;
import org.partnershipsteward.board.entity.BoardSeat;
import org.partnershipsteward.board.entity.ChairTermEntry;
import org.partnershipsteward.membership.entity.Member;
import org.partnershipsteward.platform.config.PartnershipConfig;
import org.partnershipsteward.platform.time.PartnershipTime;

/** Composes {@link BoardView} for the API and the board page. */
@Dependent
public class BoardViews {

    @Inject
    PartnershipTime time;

    @Inject
    Board board;

    @PersistenceContext
    EntityManager em;

    @Inject
    PartnershipConfig config;

    @Inject
    SeatHolders holders;

    @Inject
    SeatAbsences absences;

    public BoardView view() {
        List<BoardSeat> boardSeats = board.seats();
        List<ChairTermEntry> terms = board.chairTerms();
        Set<Long> ids = new HashSet<>();
        boardSeats.forEach(s -> {
            ids.add(s.getHolderId());
            ids.add(s.getAlternateId());
        });
        terms.forEach(t -> ids.add(t.getMemberId()));
        Map<Long, String> names = names(ids);
        // the bylaws are read and parsed once per view, not once per seat
        Map<String, String> typeNames = new HashMap<>();
        board.seatTypes().forEach(t -> typeNames.put(t.code(), t.name()));
        LocalDate today = time.today();
        Map<Long, SeatActing.Voice> voices = holders.voices(today);
        Map<Long, ActingPeriod> periods = new HashMap<>();
        em.createQuery("SELECT p FROM ActingPeriod p WHERE p.endedOn IS NULL", ActingPeriod.class).getResultList()
                .forEach(p -> periods.put(p.getSeatId(), p));
        Map<Long, AbsenceView> leaves = absences.currentBySeat();
        List<BoardView.Seat> seats = boardSeats.stream().map(s -> seat(s, names, typeNames, voices.get(s.getId()),
                periods.get(s.getId()), leaves.get(s.getId()))).toList();
        BoardView.Term chair = null;
        List<BoardView.Term> ahead = new ArrayList<>();
        List<BoardView.Term> past = new ArrayList<>();
        for (ChairTermEntry t : terms) {
            BoardView.Term term = new BoardView.Term(t.getMemberId(), names.get(t.getMemberId()), t.getSeatId(),
                    t.getStartsOn(), t.getEndsOn());
            if (t.getEndsOn().isBefore(today)) {
                past.add(0, term);
            } else if (t.getStartsOn().isAfter(today)) {
                ahead.add(term);
            } else {
                chair = term;
            }
        }
        BoardView.Term vice = ahead.isEmpty() ? null : ahead.get(0);
        BoardView.Term standIn = board.chairStandIn().filter(x -> vice != null).map(x -> new BoardView.Term(x.viceId(),
                names.get(x.viceId()), vice.seatId(), x.from(), x.until())).orElse(null);
        return new BoardView(seats, chair, vice, ahead, past, standIn);
    }

    private static BoardView.Seat seat(BoardSeat s, Map<Long, String> names, Map<String, String> typeNames,
            SeatActing.Voice voice, ActingPeriod period, AbsenceView absence) {
        String typeName = typeNames.get(s.getSeatType());
        if (typeName == null) {
            throw new IllegalStateException("Seat type " + s.getSeatType() + " is not in the bylaws in force");
        }
        SeatActing.Voice acting = voice != null && voice.isActing() ? voice : null;
        Long actingId = acting == null ? null : acting.memberId();
        LocalDate since = acting == null ? null : period != null && period.getMemberId() == acting.memberId()
                ? period.getStartedOn() : absence != null ? absence.from() : s.getVacantSince();
        return new BoardView.Seat(s.getId(), s.getSeatType(), typeName, s.getPosition(),
                s.getHolderId(), names.get(s.getHolderId()), s.getAlternateId(), names.get(s.getAlternateId()),
                s.getTermStart(), s.getTermEnd(), s.isVacant(), s.getVacantSince(), actingId, names.get(actingId),
                since, acting == null ? null : acting.acting(), absence);
    }

    /** The full names of the members the board view names, in one query (not one per seat and term). */
    private Map<Long, String> names(Set<Long> ids) {
        ids.remove(null);
        Map<Long, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("SELECT m FROM Member m WHERE m.id IN :ids", Member.class).setParameter("ids", ids)
                    .getResultList().forEach(m -> names.put(m.getId(), m.fullName()));
        }
        return names;
    }
}
