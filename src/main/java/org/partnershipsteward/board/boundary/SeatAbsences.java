package org.partnershipsteward.board.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.partnershipsteward.audit.boundary.AuditTrail;
import org.partnershipsteward.board.control.AbsencePolicy;
import org.partnershipsteward.board.control.SeatActing;
import org.partnershipsteward.board.control.SeatFinding;
import org.partnershipsteward.board.entity.BoardSeat;
import org.partnershipsteward.board.entity.SeatAbsence;
import org.partnershipsteward.membership.entity.Member;
import org.partnershipsteward.platform.domain.ConflictException;
import org.partnershipsteward.platform.domain.RuleViolationException;
import org.partnershipsteward.platform.domain.UnknownEntityException;
import org.partnershipsteward.platform.security.Caller;
import org.partnershipsteward.platform.security.Roles;
import org.partnershipsteward.platform.time.PartnershipTime;

/**
 * Seat holders' leaves (issue 17): the secretariat records a leave for a holder, a holder for themself; while it
 * lasts the seat's alternate acts for the seat ({@link Board#reconcileActing}). Every change is audited. Anyone
 * signed in may read a seat's leaves, as they read the board.
 */
@Stateless
@RolesAllowed({Roles.SECRETARIAT, Roles.BOARD, Roles.MEMBER})
public class SeatAbsences {

    @PersistenceContext
    EntityManager em;

    @Inject
    Board board;

    @Inject
    PartnershipTime time;

    @Inject
    AuditTrail audit;

    @Inject
    Caller caller;

    @Inject
    SecurityContext security;

    @Inject
    Clock clock;

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<AbsenceView> list(long seatId) {
        board.seat(seatId);
        LocalDate today = time.today();
        List<SeatAbsence> absences = em.createQuery("SELECT a FROM SeatAbsence a WHERE a.seatId = :s ORDER BY a.startsOn DESC",
                SeatAbsence.class).setParameter("s", seatId).getResultList();
        return absences.stream().map(a -> view(a, today)).toList();
    }

    /** The leaves running today by seat: the board page's one query instead of one per seat. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Map<Long, AbsenceView> currentBySeat() {
        LocalDate today = time.today();
        Map<Long, AbsenceView> bySeat = new HashMap<>();
        BoardReads.leavesOn(em, today).forEach(a -> bySeat.putIfAbsent(a.getSeatId(), view(a, today)));
        return bySeat;
    }

    /** Records a leave of the seat's holder; the secretariat, or the holder for themself (403 for anyone else). */
    @RolesAllowed({Roles.SECRETARIAT, Roles.BOARD})
    public AbsenceView record(long seatId, @NotNull(message = "a JSON body is required") AbsenceRequest request) {
        BoardSeat seat = em.find(BoardSeat.class, seatId, LockModeType.PESSIMISTIC_WRITE);
        if (seat == null) {
            throw new UnknownEntityException("seat", seatId);
        }
        mayKeep(seat);
        if (seat.getHolderId() == null) {
            throw new ConflictException("Seat " + seat.getPosition() + " is vacant: there is no holder to be on leave; "
                    + "its alternate acts for it already");
        }
        LocalDate today = time.today();
        List<SeatActing.Leave> others = em.createQuery("SELECT a FROM SeatAbsence a WHERE a.seatId = :s", SeatAbsence.class)
                .setParameter("s", seatId).getResultList().stream().map(a -> new SeatActing.Leave(a.getFrom(), a.getTo()))
                .toList();
        List<SeatFinding> failures = AbsencePolicy.failures(request.from(), request.to(), request.reason(), today, others);
        if (!failures.isEmpty()) {
            throw new RuleViolationException(failures.get(0).rule(), "The leave: "
                    + failures.stream().map(SeatFinding::reason).collect(Collectors.joining("; ")));
        }
        Member holder = em.find(Member.class, seat.getHolderId());
        SeatAbsence absence = new SeatAbsence(seatId, holder.getId(), request.from(), request.to(), request.reason(),
                caller.requireAccount().getEmail(), clock.instant());
        em.persist(absence);
        em.flush();
        audit.record("SEAT_ABSENCE_RECORDED", "BoardSeat", seatId, holder.fullName() + " on leave " + request.from()
                + "–" + request.to() + (absence.getReason() == null ? "" : " (" + absence.getReason() + ")"));
        board.reconcileActing("the leave was recorded");
        board.announceChairAbsences();
        return view(absence, today);
    }

    /**
     * Ends a leave early: one not started yet is cancelled, one under way ends yesterday (the holder is back today);
     * one that is over is a 409.
     */
    @RolesAllowed({Roles.SECRETARIAT, Roles.BOARD})
    public void end(long seatId, long absenceId) {
        BoardSeat seat = em.find(BoardSeat.class, seatId, LockModeType.PESSIMISTIC_WRITE);
        if (seat == null) {
            throw new UnknownEntityException("seat", seatId);
        }
        SeatAbsence absence = em.find(SeatAbsence.class, absenceId);
        if (absence == null || !absence.getSeatId().equals(seatId)) {
            throw new UnknownEntityException("absence", absenceId);
        }
        mayKeep(seat);
        LocalDate today = time.today();
        SeatActing.Leave leave = new SeatActing.Leave(absence.getFrom(), absence.getTo());
        String who = em.find(Member.class, absence.getMemberId()).fullName();
        switch (AbsencePolicy.ending(leave, today)) {
            case OVER -> throw new ConflictException("The leave ended on " + absence.getTo() + "; there is nothing to end");
            case CANCEL -> {
                board.announceChairReturn(absence, today);
                em.remove(absence);
                audit.record("SEAT_ABSENCE_CANCELLED", "BoardSeat", seatId, who + ": the leave " + leave.from() + "–"
                        + leave.to() + " is cancelled");
            }
            case END_YESTERDAY -> {
                absence.endOn(today.minusDays(1));
                audit.record("SEAT_ABSENCE_ENDED", "BoardSeat", seatId, who + " is back from leave on " + today
                        + " (planned until " + leave.to() + ")");
            }
        }
        em.flush();
        board.reconcileActing("the leave ended");
        board.announceChairAbsences();
    }

    /** Whether the caller may record and end leaves of the seat: the secretariat, or its holder. */
    @PermitAll
    public boolean mayKeepLeaves(long seatId) {
        BoardSeat seat = em.find(BoardSeat.class, seatId);
        return seat != null && (security.isCallerInRole(Roles.SECRETARIAT) || isHolder(seat));
    }

    private void mayKeep(BoardSeat seat) {
        if (!security.isCallerInRole(Roles.SECRETARIAT) && !isHolder(seat)) {
            throw new EJBAccessException("Only the secretariat and the seat's holder keep the seat's leaves");
        }
    }

    private boolean isHolder(BoardSeat seat) {
        Optional<Long> account = caller.account().map(a -> a.getId());
        if (account.isEmpty() || seat.getHolderId() == null) {
            return false;
        }
        Member holder = em.find(Member.class, seat.getHolderId());
        return holder != null && account.get().equals(holder.getAccountId());
    }

    private AbsenceView view(SeatAbsence a, LocalDate today) {
        Member m = em.find(Member.class, a.getMemberId());
        return new AbsenceView(a.getId(), a.getSeatId(), a.getMemberId(), m.fullName(), a.getFrom(), a.getTo(),
                a.getReason(), a.getRecordedBy(), a.covers(today));
    }
}
