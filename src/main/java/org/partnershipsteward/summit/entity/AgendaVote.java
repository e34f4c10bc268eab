package org.partnershipsteward.summit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A board member's vote on a summit's agenda in one round of submission. */
@Entity
@Table(name = "agenda_vote")
@IdClass(AgendaVote.Key.class)
public class AgendaVote {

    /** One vote per summit, round and voter. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long summitId;
        private int round;
        private Long voterAccountId;

        public Key() {
        }

        public Key(Long summitId, int round, Long voterAccountId) {
            this.summitId = summitId;
            this.round = round;
            this.voterAccountId = voterAccountId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(summitId, k.summitId) && round == k.round
                    && Objects.equals(voterAccountId, k.voterAccountId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(summitId, round, voterAccountId);
        }
    }

    @Id
    @Column(name = "summit_id")
    private Long summitId;

    @Id
    @Column(name = "agenda_round")
    private int round;

    @Id
    @Column(name = "voter_account_id")
    private Long voterAccountId;

    @Column(nullable = false)
    private String decision;

    private String comment;

    @Column(name = "cast_at", nullable = false)
    private Instant castAt;

    protected AgendaVote() {
    }

    public AgendaVote(long summitId, int round, long voterAccountId, String decision, String comment, Instant now) {
        this.summitId = summitId;
        this.round = round;
        this.voterAccountId = voterAccountId;
        change(decision, comment, now);
    }

    public final void change(String newDecision, String newComment, Instant now) {
        decision = newDecision;
        comment = newComment == null || newComment.isBlank() ? null : newComment.trim();
        castAt = now;
    }

    public Long getVoterAccountId() {
        return voterAccountId;
    }

    public String getDecision() {
        return decision;
    }

    public String getComment() {
        return comment;
    }

    public Instant getCastAt() {
        return castAt;
    }
}
