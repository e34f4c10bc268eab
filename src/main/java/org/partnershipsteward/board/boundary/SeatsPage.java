package org.partnershipsteward.board.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.partnershipsteward.membership.boundary.Members;
import org.partnershipsteward.membership.entity.Member;
import org.partnershipsteward.membership.entity.MemberStatus;
import org.partnershipsteward.platform.web.Messages;

/** Seat management for the secretariat: holder, alternate and term of each seat; refusals name the bylaws rule. */
@Named
@ViewScoped
public class SeatsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient BoardViews views;

    @Inject
    transient Board board;

    @Inject
    transient Members members;

    /** The form of one seat. */
    public static class Form implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long holderId;
        private Long alternateId;
        private LocalDate termStart;
        private LocalDate termEnd;

        public Long getHolderId() {
            return holderId;
        }

        public void setHolderId(Long holderId) {
            this.holderId = holderId;
        }

        public Long getAlternateId() {
            return alternateId;
        }

        public void setAlternateId(Long alternateId) {
            this.alternateId = alternateId;
        }

        public LocalDate getTermStart() {
            return termStart;
        }

        public void setTermStart(LocalDate termStart) {
            this.termStart = termStart;
        }

        public LocalDate getTermEnd() {
            return termEnd;
        }

        public void setTermEnd(LocalDate termEnd) {
            this.termEnd = termEnd;
        }
    }

    private List<BoardView.Seat> seats;
    private final Map<Long, Form> forms = new HashMap<>();
    private List<Member> candidates;

    public List<BoardView.Seat> getSeats() {
        if (seats == null) {
            seats = views.view().seats();
            for (BoardView.Seat s : seats) {
                Form form = new Form();
                form.holderId = s.holderId();
                form.alternateId = s.alternateId();
                form.termStart = s.termStart();
                form.termEnd = s.termEnd();
                forms.put(s.id(), form);
            }
        }
        return seats;
    }

    public List<Member> getCandidates() {
        if (candidates == null) {
            candidates = members.find(MemberStatus.ACTIVE);
        }
        return candidates;
    }

    public void save(long seatId) {
        Form form = forms.get(seatId);
        var saved = Messages.attempt(() -> board.assign(seatId, new SeatAssignment(form.holderId, form.alternateId,
                form.termStart, form.termEnd)));
        if (saved != null) {
            Messages.info("Seat " + saved.getPosition() + " saved; the chair rotation is re-planned.");
            seats = null;
        }
    }

    public Map<Long, Form> getForms() {
        return forms;
    }
}
