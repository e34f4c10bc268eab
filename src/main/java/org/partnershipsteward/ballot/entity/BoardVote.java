package org.partnershipsteward.ballot.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One seat's vote on one board question (an application, an agenda round, a status proposal, ...): one row per
 * subject, round and seat, cast by the seat's holder or the alternate acting for it, changed in place (by whoever
 * speaks for the seat then) while the question is open. Votes from before V17 may lack the seat.
 */
@Entity
@Table(name = "board_vote")
@NamedQuery(name = BoardVote.ON_QUESTION, query = "SELECT v FROM BoardVote v WHERE v.subjectKind = :kind "
        + "AND v.subjectId = :id AND v.round = :round ORDER BY v.castAt, v.id")
public class BoardVote {

    /** The votes on one question, oldest first; parameters {@code kind}, {@code id}, {@code round}. */
    public static final String ON_QUESTION = "BoardVote.onQuestion";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_kind", nullable = false)
    private SubjectKind subjectKind;

    @Column(name = "subject_id", nullable = false)
    private Long subjectId;

    @Column(name = "subject_round", nullable = false)
    private int round;

    @Column(name = "seat_id")
    private Long seatId;

    @Column(name = "voter_account_id", nullable = false)
    private Long voterAccountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private VoteDecision decision;

    private String comment;

    @Column(name = "cast_at", nullable = false)
    private Instant castAt;

    protected BoardVote() {
    }

    public BoardVote(SubjectKind subjectKind, long subjectId, int round, long seatId, long voterAccountId,
            VoteDecision decision, String comment, Instant now) {
        this.subjectKind = Objects.requireNonNull(subjectKind, "subjectKind");
        this.subjectId = subjectId;
        this.round = round;
        this.seatId = seatId;
        this.voterAccountId = voterAccountId;
        change(decision, comment, now);
    }

    /** Whoever speaks for the seat now casts the seat's vote again; it replaces the earlier one, whoever cast it. */
    public void recast(long seat, long voter, VoteDecision newDecision, String newComment, Instant now) {
        seatId = seat;
        voterAccountId = voter;
        change(newDecision, newComment, now);
    }

    /** The voter changes the vote; the new one replaces the earlier and counts from now. */
    public final void change(VoteDecision newDecision, String newComment, Instant now) {
        decision = Objects.requireNonNull(newDecision, "decision");
        comment = newComment == null || newComment.isBlank() ? null : newComment.trim();
        castAt = Objects.requireNonNull(now, "now");
    }

    public Long getId() {
        return id;
    }

    public SubjectKind getSubjectKind() {
        return subjectKind;
    }

    public Long getSubjectId() {
        return subjectId;
    }

    public int getRound() {
        return round;
    }

    public Long getSeatId() {
        return seatId;
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
