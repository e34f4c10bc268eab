package org.partnershipsteward.board.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A term of the rotating chair: started ones are history and never rewritten; later ones are the plan. */
@Entity
@Table(name = "chair_term")
public class ChairTermEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "member_id", nullable = false)
    private Long memberId;

    @Column(name = "seat_id", nullable = false)
    private Long seatId;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(name = "handover_notified", nullable = false)
    private boolean handoverNotified;

    protected ChairTermEntry() {
    }

    public ChairTermEntry(long memberId, long seatId, LocalDate startsOn, LocalDate endsOn, boolean handoverNotified) {
        this.memberId = memberId;
        this.seatId = seatId;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.handoverNotified = handoverNotified;
    }

    /** A hand-over cut the term short. */
    public void endOn(LocalDate last) {
        this.endsOn = last;
    }

    /** Whether the hand-over into this term still has to be announced; marks it announced. */
    public boolean announceHandover() {
        if (handoverNotified) {
            return false;
        }
        handoverNotified = true;
        return true;
    }

    public Long getId() {
        return id;
    }

    public Long getMemberId() {
        return memberId;
    }

    public Long getSeatId() {
        return seatId;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }
}
