package org.partnershipsteward.board.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.partnershipsteward.membership.boundary.CurrentMember;
import org.partnershipsteward.membership.entity.Member;
import org.partnershipsteward.platform.time.PartnershipTime;
import org.partnershipsteward.platform.web.Messages;

/**
 * Recording a seat holder's leave: the secretariat for any seat (seats page), a holder for their own seat (board
 * page). The boundary checks who may; refusals name the rule.
 */
@Named
@ViewScoped
public class LeavesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SeatAbsences absences;

    @Inject
    transient BoardPage boardPage;

    @Inject
    transient CurrentMember currentMember;

    @Inject
    transient PartnershipTime time;

    private Long seatId;
    private LocalDate from;
    private LocalDate to;
    private String reason;
    private transient List<AbsenceView> leaves;
    private transient Optional<BoardView.Seat> mySeat;

    /** The seat the signed-in member holds, if any (the board page offers them their own leave). */
    public BoardView.Seat getMySeat() {
        if (mySeat == null) {
            Optional<Long> me = currentMember.find().map(Member::getId);
            mySeat = me.flatMap(id -> boardPage.getView().seats().stream().filter(s -> id.equals(s.holderId())).findFirst());
        }
        return mySeat.orElse(null);
    }

    /** The leaves not over yet: of every seat for the secretariat's page, of the given seat for a holder. */
    public List<AbsenceView> leavesOf(Long seat) {
        if (leaves == null) {
            LocalDate today = time.today();
            leaves = (seat == null ? boardPage.getView().seats().stream().flatMap(s -> absences.list(s.id()).stream()).toList()
                    : absences.list(seat)).stream().filter(a -> !a.to().isBefore(today)).toList();
        }
        return leaves;
    }

    /** Records the leave for the chosen seat ({@code forSeat} overrides it: a holder's own seat). */
    public void record(Long forSeat) {
        long seat = forSeat != null ? forSeat : seatId == null ? -1 : seatId;
        if (seat < 0) {
            Messages.error("Choose the seat whose holder is on leave.");
            return;
        }
        AbsenceView recorded = Messages.attempt(() -> absences.record(seat, new AbsenceRequest(from, to, reason)));
        if (recorded != null) {
            Messages.info("Leave recorded: " + recorded.memberName() + " from " + recorded.from() + " to " + recorded.to()
                    + "; the seat's alternate acts for it meanwhile.");
            from = null;
            to = null;
            reason = null;
            leaves = null;
            mySeat = null;
            boardPage.forget();
        }
    }

    public void end(long seat, long absenceId) {
        Boolean ended = Messages.attempt(() -> {
            absences.end(seat, absenceId);
            return Boolean.TRUE;
        });
        if (ended != null) {
            Messages.info("The leave is ended; the holder speaks for the seat again.");
            leaves = null;
            mySeat = null;
            boardPage.forget();
        }
    }

    public boolean mayKeep(long seat) {
        return absences.mayKeepLeaves(seat);
    }

    public Long getSeatId() {
        return seatId;
    }

    public void setSeatId(Long seatId) {
        this.seatId = seatId;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
