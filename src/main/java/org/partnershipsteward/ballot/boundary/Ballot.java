package org.partnershipsteward.ballot.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.partnershipsteward.audit.boundary.AuditTrail;
import org.partnershipsteward.ballot.control.BallotBox;
import org.partnershipsteward.bylaws.control.MajorityRule;
import org.partnershipsteward.ballot.control.Tally;
import org.partnershipsteward.bylaws.control.Threshold;
import org.partnershipsteward.ballot.entity.BoardVote;
import org.partnershipsteward.ballot.entity.SubjectKind;
import org.partnershipsteward.ballot.entity.VoteDecision;
import org.partnershipsteward.platform.domain.ConflictException;
import org.partnershipsteward.platform.domain.RuleViolationException;
import org.partnershipsteward.platform.security.Account;

/**
 * The one board vote every board decision uses: who speaks for each seat today ({@link BoardRoster}), one vote per
 * seat (a changed vote replaces the seat's earlier one, whoever cast it; an acting alternate's vote stands when the
 * holder returns), the audit entry, the tally and the {@link MajorityRule}. Votes of
 * every kind live in one table, {@code board_vote}.
 * <p>
 * The caller's boundary owns the transaction and the security check; this bean joins its transaction. The
 * caller locks its subject's row ({@code PESSIMISTIC_WRITE}) and checks that the subject is open for votes
 * <em>before</em> casting, so votes on one subject are serialized and decide once; it then applies the
 * returned {@link Tally#outcome()} to its subject.
 */
@Dependent
public class Ballot {

    @PersistenceContext
    EntityManager em;

    @Inject
    BoardRoster roster;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /**
     * One question the board votes on, and where its votes are recorded in the audit trail.
     *
     * @param kind        what is decided
     * @param subjectId   the subject's id
     * @param round       a subject voted on again (an agenda after changes) starts a new round; 0 otherwise
     * @param threshold   the bylaws' majority that decides
     * @param auditType   the audit entry's subject type, e.g. "Application"
     * @param auditId     the audit entry's subject id
     * @param auditPrefix put before "voter DECISION: comment" in the audit entry
     */
    public record Question(SubjectKind kind, long subjectId, int round, Threshold threshold, String auditType,
            long auditId, String auditPrefix) {

        public Question {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(threshold, "threshold");
            Objects.requireNonNull(auditType, "auditType");
            Objects.requireNonNull(auditPrefix, "auditPrefix");
        }

        /** A question in round 0, audited under the subject itself. */
        public static Question on(SubjectKind kind, long subjectId, Threshold threshold, String auditType) {
            return new Question(kind, subjectId, 0, threshold, auditType, subjectId, "");
        }

        public Question inRound(int newRound) {
            return new Question(kind, subjectId, newRound, threshold, auditType, auditId, auditPrefix);
        }

        public Question auditedAs(String type, long id, String prefix) {
            return new Question(kind, subjectId, round, threshold, type, id, prefix);
        }
    }

    /**
     * A board member votes (again) on an open question for every seat they speak for today (as its holder, or as the
     * alternate acting for it); each seat's vote replaces that seat's earlier one, whoever cast it. Returns the tally
     * after this vote.
     *
     * @throws ConflictException      when the voter holds a seat but does not speak for it today (on leave)
     * @throws RuleViolationException when the voter speaks for no board seat
     */
    public Tally cast(Question question, Account voter, VoteDecision decision, String comment) {
        Map<Long, Long> voters = roster.voters();
        // A locking read, not a plain SELECT: on MySQL/MariaDB (REPEATABLE READ) a plain SELECT reads the
        // snapshot taken at the transaction's first read, which may be older than the caller's row lock, so it
        // could miss a vote another board member committed just before we got the lock; the majority would then
        // be reached and never applied (or a decided question decided again). SELECT ... FOR UPDATE reads the
        // newest committed rows and holds them until commit. The tally below counts these rows plus this vote.
        List<BoardVote> stored = em.createNamedQuery(BoardVote.ON_QUESTION, BoardVote.class)
                .setParameter("kind", question.kind()).setParameter("id", question.subjectId())
                .setParameter("round", question.round()).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        // each seat's vote: its own row; a vote from before votes named their seat counts only for a seat without one
        Map<Long, BoardVote> bySeat = new LinkedHashMap<>();
        stored.stream().filter(v -> v.getSeatId() != null).forEach(v -> bySeat.put(v.getSeatId(), v));
        stored.stream().filter(v -> v.getSeatId() == null)
                .forEach(v -> seatOf(v, voters).ifPresent(seat -> bySeat.putIfAbsent(seat, v)));
        BallotBox box = new BallotBox(voters, bySeat.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<Long, BoardVote> e) -> e.getValue().getCastAt())
                        .thenComparing(e -> e.getValue().getId()))
                .map(e -> counted(e.getKey(), e.getValue())).toList());
        List<BallotBox.Vote> cast;
        try {
            cast = box.cast(voter.getId(), decision, comment);
        } catch (BallotBox.NotSeated e) {
            throw roster.whyNotVoting(voter.getId()).<RuntimeException>map(ConflictException::new)
                    .orElseGet(() -> new RuleViolationException("SEATED_BOARD_MEMBER", "Only seated board members vote"));
        }
        for (BallotBox.Vote vote : cast) {
            BoardVote row = bySeat.get(vote.seatId());
            if (row != null) {
                row.recast(vote.seatId(), voter.getId(), decision, vote.comment(), clock.instant());
            } else {
                em.persist(new BoardVote(question.kind(), question.subjectId(), question.round(), vote.seatId(),
                        voter.getId(), decision, vote.comment(), clock.instant()));
            }
        }
        em.flush();
        String comment1 = cast.get(0).comment();
        audit.record(question.kind().auditAction(), question.auditType(), question.auditId(), question.auditPrefix()
                + voter.getEmail() + " " + decision + (comment1 == null ? "" : ": " + comment1)
                + " (seat " + cast.stream().map(v -> String.valueOf(v.seatId())).collect(Collectors.joining(", ")) + ")");
        return box.tally(new MajorityRule(question.threshold()));
    }

    /** The votes on a question (of every voter, seated or not any more), oldest first. */
    public List<BoardVote> votes(SubjectKind kind, long subjectId, int round) {
        return em.createNamedQuery(BoardVote.ON_QUESTION, BoardVote.class).setParameter("kind", kind)
                .setParameter("id", subjectId).setParameter("round", round).getResultList();
    }

    /**
     * How a board member's seat stands on a question: the vote of the seat they speak for today, whoever cast it (the
     * alternate's while they acted stands), or, speaking for no seat today, the member's own last vote; empty when
     * neither voted. Every board queue shows "your vote" with it.
     */
    public Optional<VoteDecision> voteOf(long accountId, List<BoardVote> votes) {
        Set<Long> seats = roster.voters().entrySet().stream().filter(e -> e.getValue() == accountId).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        return votes.stream().filter(v -> v.getSeatId() != null && seats.contains(v.getSeatId())).reduce((a, b) -> b)
                .or(() -> votes.stream().filter(v -> v.getVoterAccountId() == accountId).reduce((a, b) -> b))
                .map(BoardVote::getDecision);
    }

    /** The votes on a question in round 0, oldest first. */
    public List<BoardVote> votes(SubjectKind kind, long subjectId) {
        return votes(kind, subjectId, 0);
    }

    private static BallotBox.Vote counted(long seatId, BoardVote v) {
        return new BallotBox.Vote(seatId, v.getVoterAccountId(), v.getDecision(), v.getComment());
    }

    /** A vote from before votes named their seat (V17 could not tell) is for the seat its voter speaks for today, if any. */
    private static Optional<Long> seatOf(BoardVote v, Map<Long, Long> voters) {
        return voters.entrySet().stream().filter(e -> e.getValue().equals(v.getVoterAccountId())).map(Map.Entry::getKey)
                .sorted().findFirst();
    }
}
