package org.partnershipsteward.board.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One seat of the Executive Board, of a type from the bylaws: its holder and term, and the designated
 * alternate who covers the seat while it is vacant.
 */
@Entity
@Table(name = "board_seat")
public class BoardSeat {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "seat_type", nullable = false)
    private String seatType;

    @Column(nullable = false)
    private int position;

    @Column(name = "holder_member_id")
    private Long holderId;

    @Column(name = "alternate_member_id")
    private Long alternateId;

    @Column(name = "holder_since")
    private LocalDate holderSince;

    @Column(name = "term_start")
    private LocalDate termStart;

    @Column(name = "term_end")
    private LocalDate termEnd;

    @Column(name = "vacant_since")
    private LocalDate vacantSince;

    @Column(name = "term_notice_sent_for")
    private LocalDate termNoticeSentFor;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected BoardSeat() {
    }

    public BoardSeat(String seatType, int position, LocalDate today, Instant now) {
        this.seatType = seatType;
        this.position = position;
        this.vacantSince = today;
        this.updatedAt = now;
    }

    /** Seats a holder for a term; a new holder starts their time on the board with the term. */
    public void seat(long holder, Long alternate, LocalDate start, LocalDate end, Instant now) {
        if (holderId == null || holderId != holder) {
            holderSince = start;
        }
        holderId = holder;
        alternateId = alternate;
        termStart = start;
        termEnd = end;
        vacantSince = null;
        updatedAt = now;
    }

    /** The holder leaves: the seat is vacant from that day and the alternate covers it. */
    public void vacate(LocalDate effective, Instant now) {
        holderId = null;
        holderSince = null;
        termStart = null;
        termEnd = null;
        vacantSince = effective;
        updatedAt = now;
    }

    /**
     * Who acts for the seat: the alternate while the seat is vacant. The acting alternate holds the BOARD role
     * and the seat's one vote, and counts in the majority's denominator, until a holder is seated.
     */
    public Long getActingId() {
        return holderId == null ? alternateId : null;
    }

    public void dropAlternate(Instant now) {
        alternateId = null;
        updatedAt = now;
    }

    /** Records that the term-ending notice went out for the current term end; false if it had already. */
    public boolean markTermNoticeSent() {
        if (termEnd == null || termEnd.equals(termNoticeSentFor)) {
            return false;
        }
        termNoticeSentFor = termEnd;
        return true;
    }

    public boolean isVacant() {
        return holderId == null;
    }

    public Long getId() {
        return id;
    }

    public String getSeatType() {
        return seatType;
    }

    public int getPosition() {
        return position;
    }

    public Long getHolderId() {
        return holderId;
    }

    public Long getAlternateId() {
        return alternateId;
    }

    public LocalDate getHolderSince() {
        return holderSince;
    }

    public LocalDate getTermStart() {
        return termStart;
    }

    public LocalDate getTermEnd() {
        return termEnd;
    }

    public LocalDate getVacantSince() {
        return vacantSince;
    }
}
