package org.partnershipsteward.board.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A seat holder's leave, from and to (both days included): while it lasts the seat's alternate acts for the seat
 * ({@code board.control.SeatActing}). Ended early by moving {@code to}; cancelled before it starts by removal.
 */
@Entity
@Table(name = "seat_absence")
public class SeatAbsence {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "seat_id", nullable = false)
    private Long seatId;

    @Column(name = "member_id", nullable = false)
    private Long memberId;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    private String reason;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "chair_handover_sent", nullable = false)
    private boolean chairHandoverSent;

    @Column(name = "chair_return_sent", nullable = false)
    private boolean chairReturnSent;

    protected SeatAbsence() {
    }

    public SeatAbsence(long seatId, long memberId, LocalDate from, LocalDate to, String reason, String recordedBy,
            Instant now) {
        this.seatId = seatId;
        this.memberId = memberId;
        this.startsOn = Objects.requireNonNull(from, "from");
        this.endsOn = Objects.requireNonNull(to, "to");
        this.reason = reason == null || reason.isBlank() ? null : reason.trim();
        this.recordedBy = Objects.requireNonNull(recordedBy, "recordedBy");
        this.recordedAt = Objects.requireNonNull(now, "now");
    }

    /** The holder is back earlier: the leave's last day becomes {@code lastDay}. */
    public void endOn(LocalDate lastDay) {
        endsOn = Objects.requireNonNull(lastDay, "lastDay");
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }

    /** Marks that the chair's hand-over to the vice-chair for this leave was announced; false if it had been. */
    public boolean markChairHandover() {
        if (chairHandoverSent) {
            return false;
        }
        chairHandoverSent = true;
        return true;
    }

    /** Marks that the chair's return after this leave was announced; false if it had been, or no hand-over was. */
    public boolean markChairReturn() {
        if (!chairHandoverSent || chairReturnSent) {
            return false;
        }
        chairReturnSent = true;
        return true;
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

    public LocalDate getFrom() {
        return startsOn;
    }

    public LocalDate getTo() {
        return endsOn;
    }

    public String getReason() {
        return reason;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
