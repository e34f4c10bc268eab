package org.partnershipsteward.board.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The seat's history of who acted for it instead of a holder, and why: from {@code startedOn} up to and excluding
 * {@code endedOn} (null while it lasts).
 */
@Entity
@Table(name = "seat_acting")
public class ActingPeriod {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "seat_id", nullable = false)
    private Long seatId;

    @Column(name = "member_id", nullable = false)
    private Long memberId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ActingReason why;

    @Column(name = "started_on", nullable = false)
    private LocalDate startedOn;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    protected ActingPeriod() {
    }

    public ActingPeriod(long seatId, long memberId, ActingReason why, LocalDate startedOn) {
        this.seatId = seatId;
        this.memberId = memberId;
        this.why = Objects.requireNonNull(why, "why");
        this.startedOn = Objects.requireNonNull(startedOn, "startedOn");
    }

    /** The acting ends: from {@code day} on the member no longer acts. */
    public void end(LocalDate day) {
        endedOn = day.isBefore(startedOn) ? startedOn : day;
    }

    public Long getId() {
        return id;
    }

    public Long getSeatId() {
        return seatId;
    }

    public Long getMemberId() {
        return memberId;
    }

    public ActingReason getWhy() {
        return why;
    }

    public LocalDate getStartedOn() {
        return startedOn;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }
}
