package org.partnershipsteward.obligation.entity;

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
import org.partnershipsteward.membership.entity.MemberStatus;

/**
 * The system's proposal to the board to change a member's status after consecutive missed periods.
 * Nothing changes until the board decides by the bylaws majority.
 */
@Entity
@Table(name = "status_proposal")
public class StatusProposal {

    public enum State { PENDING, APPROVED, REJECTED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "member_id", nullable = false)
    private Long memberId;

    @Column(nullable = false)
    private String period;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", nullable = false)
    private MemberStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    private MemberStatus toStatus;

    @Column(nullable = false)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State status;

    private String decision;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Version
    private long version;

    protected StatusProposal() {
    }

    public StatusProposal(Long memberId, String period, MemberStatus fromStatus, MemberStatus toStatus, String reason,
            Instant now) {
        this.memberId = memberId;
        this.period = period;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.reason = reason.length() <= 2000 ? reason : reason.substring(0, 1997) + "...";
        this.status = State.PENDING;
        this.createdAt = now;
    }

    public void decide(boolean approved, String decision, Instant now) {
        this.status = approved ? State.APPROVED : State.REJECTED;
        this.decision = decision;
        this.decidedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getMemberId() {
        return memberId;
    }

    public String getPeriod() {
        return period;
    }

    public MemberStatus getFromStatus() {
        return fromStatus;
    }

    public MemberStatus getToStatus() {
        return toStatus;
    }

    public String getReason() {
        return reason;
    }

    public State getStatus() {
        return status;
    }

    public String getDecision() {
        return decision;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
