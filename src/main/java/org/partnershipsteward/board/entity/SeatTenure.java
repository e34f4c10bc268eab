package org.partnershipsteward.board.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** One term a member held a seat: the board's history, and what term limits count. */
@Entity
@Table(name = "seat_tenure")
public class SeatTenure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "seat_id", nullable = false)
    private Long seatId;

    @Column(name = "member_id", nullable = false)
    private Long memberId;

    @Column(name = "term_start", nullable = false)
    private LocalDate termStart;

    @Column(name = "term_end", nullable = false)
    private LocalDate termEnd;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Column(name = "end_reason")
    private String endReason;

    protected SeatTenure() {
    }

    public SeatTenure(long seatId, long memberId, LocalDate termStart, LocalDate termEnd) {
        this.seatId = seatId;
        this.memberId = memberId;
        this.termStart = termStart;
        this.termEnd = termEnd;
    }

    /** The secretariat corrects the planned end of the running term. */
    public void correctEnd(LocalDate newEnd) {
        this.termEnd = newEnd;
    }

    public void end(LocalDate on, String reason) {
        this.endedOn = on;
        this.endReason = reason;
    }

    public Long getSeatId() {
        return seatId;
    }

    public Long getMemberId() {
        return memberId;
    }

    public LocalDate getTermStart() {
        return termStart;
    }

    public LocalDate getTermEnd() {
        return termEnd;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }

    public String getEndReason() {
        return endReason;
    }
}
