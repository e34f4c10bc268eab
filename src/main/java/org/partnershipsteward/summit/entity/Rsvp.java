package org.partnershipsteward.summit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A member's answer to a summit's invitation, and where it leaves them (seat, waitlist, declined, tentative). */
@Entity
@Table(name = "rsvp")
public class Rsvp {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "summit_id", nullable = false)
    private Long summitId;

    @Column(name = "member_id", nullable = false)
    private Long memberId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RsvpResponse response;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RsvpStatus status;

    @Column(name = "waitlist_position")
    private Long waitlistPosition;

    @Column(name = "answered_by", nullable = false)
    private String answeredBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /**
     * The answer is stored and its confirmation mail not yet composed: set with the answer, in its transaction
     * ({@link #owesConfirmation}), and cleared by the transaction that composes the mail ({@code RsvpConfirmations}),
     * so no answer goes unconfirmed.
     */
    @Column(name = "confirmation_due", nullable = false)
    private boolean confirmationDue;

    @Version
    private long version;

    protected Rsvp() {
    }

    public Rsvp(long summitId, long memberId) {
        this.summitId = summitId;
        this.memberId = memberId;
    }

    /** Records the answer; a waitlisted member keeps their place in line (the order of their first YES). */
    public void answer(RsvpResponse newResponse, RsvpStatus newStatus, long nextWaitlistPosition, String by, Instant now) {
        if (newStatus == RsvpStatus.WAITLISTED) {
            if (waitlistPosition == null || status != RsvpStatus.WAITLISTED) {
                waitlistPosition = nextWaitlistPosition;
            }
        } else {
            waitlistPosition = null;
        }
        response = newResponse;
        status = newStatus;
        answeredBy = by;
        updatedAt = now;
    }

    /**
     * The member is to be told where this answer leaves them: set by the answer's own transaction (the answering
     * path's, not every writer of answers: the demo data records answers nobody is to be mailed about).
     */
    public void owesConfirmation() {
        confirmationDue = true;
    }

    /** A seat freed up: the first in line gets it. */
    public void promote(Instant now) {
        status = RsvpStatus.CONFIRMED;
        waitlistPosition = null;
        updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getSummitId() {
        return summitId;
    }

    public Long getMemberId() {
        return memberId;
    }

    public RsvpResponse getResponse() {
        return response;
    }

    public RsvpStatus getStatus() {
        return status;
    }

    public Long getWaitlistPosition() {
        return waitlistPosition;
    }

    public String getAnsweredBy() {
        return answeredBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public boolean isConfirmationDue() {
        return confirmationDue;
    }
}
