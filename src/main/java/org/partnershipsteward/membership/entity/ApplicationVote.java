package org.partnershipsteward.membership.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import org.partnershipsteward.board.entity.VoteDecision;

/** One board member's vote on one application; changeable until the application is decided. */
@Entity
@Table(name = "application_vote")
@IdClass(ApplicationVote.Key.class)
public class ApplicationVote {

    /** The vote's identity: one per application and voter. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long applicationId;
        private Long voterAccountId;

        public Key() {
        }

        public Key(Long applicationId, Long voterAccountId) {
            this.applicationId = applicationId;
            this.voterAccountId = voterAccountId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(applicationId, k.applicationId)
                    && Objects.equals(voterAccountId, k.voterAccountId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(applicationId, voterAccountId);
        }
    }

    @Id
    @Column(name = "application_id")
    private Long applicationId;

    @Id
    @Column(name = "voter_account_id")
    private Long voterAccountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private VoteDecision decision;

    private String comment;

    @Column(name = "cast_at", nullable = false)
    private Instant castAt;

    protected ApplicationVote() {
    }

    public ApplicationVote(Long applicationId, Long voterAccountId, VoteDecision decision, String comment, Instant now) {
        this.applicationId = applicationId;
        this.voterAccountId = voterAccountId;
        change(decision, comment, now);
    }

    public final void change(VoteDecision newDecision, String newComment, Instant now) {
        this.decision = newDecision;
        this.comment = newComment == null || newComment.isBlank() ? null : newComment.trim();
        this.castAt = now;
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public Long getVoterAccountId() {
        return voterAccountId;
    }

    public VoteDecision getDecision() {
        return decision;
    }

    public String getComment() {
        return comment;
    }

    public Instant getCastAt() {
        return castAt;
    }
}
