package org.partnershipsteward.ballot.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.partnershipsteward.audit.boundary.AuditTrail;
import org.partnershipsteward.ballot.control.BallotBox;
import org.partnershipsteward.bylaws.control.MajorityRule;
import org.partnershipsteward.ballot.control.Tally;
import org.partnershipsteward.bylaws.control.Threshold;
import org.partnershipsteward.ballot.entity.BoardVote;
import org.partnershipsteward.ballot.entity.SubjectKind;
import org.partnershipsteward.ballot.entity.VoteDecision;
import org.partnershipsteward.platform.domain.RuleViolationException;
import org.partnershipsteward.platform.security.Account;

/**
 * The one board vote every board decision uses: who is seated ({@link BoardRoster}), one vote per seat holder
 * (a changed vote replaces the earlier one), the audit entry, the tally and the {@link MajorityRule}. Votes of
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
     * A seated board member votes (again) on an open question; returns the tally after this vote.
     *
     * @throws RuleViolationException when the voter holds no board seat
     */
    public Tally cast(Question question, Account voter, VoteDecision decision, String comment) {
        List<Account> seated = roster.seated();
        // A locking read, not a plain SELECT: on MySQL/MariaDB (REPEATABLE READ) a plain SELECT reads the
        // snapshot taken at the transaction's first read, which may be older than the caller's row lock, so it
        // could miss a vote another board member committed just before we got the lock; the majority would then
        // be reached and never applied (or a decided question decided again). SELECT ... FOR UPDATE reads the
        // newest committed rows and holds them until commit. The tally below counts these rows plus this vote.
        List<BoardVote> stored = em.createNamedQuery(BoardVote.ON_QUESTION, BoardVote.class)
                .setParameter("kind", question.kind()).setParameter("id", question.subjectId())
                .setParameter("round", question.round()).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        BallotBox box = new BallotBox(seated.stream().map(Account::getId).toList(),
                stored.stream().map(Ballot::counted).toList());
        BallotBox.Vote vote = new BallotBox.Vote(voter.getId(), decision, comment);
        try {
            box.cast(vote).ifPresentOrElse(
                    earlier -> byVoter(stored).get(voter.getId()).change(decision, vote.comment(), clock.instant()),
                    () -> em.persist(new BoardVote(question.kind(), question.subjectId(), question.round(), voter.getId(),
                            decision, vote.comment(), clock.instant())));
        } catch (BallotBox.NotSeated e) {
            throw new RuleViolationException("SEATED_BOARD_MEMBER", "Only seated board members vote");
        }
        em.flush();
        audit.record(question.kind().auditAction(), question.auditType(), question.auditId(), question.auditPrefix()
                + voter.getEmail() + " " + decision + (vote.comment() == null ? "" : ": " + vote.comment()));
        return box.tally(new MajorityRule(question.threshold()));
    }

    /** The votes on a question (of every voter, seated or not any more), oldest first. */
    public List<BoardVote> votes(SubjectKind kind, long subjectId, int round) {
        return em.createNamedQuery(BoardVote.ON_QUESTION, BoardVote.class).setParameter("kind", kind)
                .setParameter("id", subjectId).setParameter("round", round).getResultList();
    }

    /** The votes on a question in round 0, oldest first. */
    public List<BoardVote> votes(SubjectKind kind, long subjectId) {
        return votes(kind, subjectId, 0);
    }

    private static BallotBox.Vote counted(BoardVote v) {
        return new BallotBox.Vote(v.getVoterAccountId(), v.getDecision(), v.getComment());
    }

    private static Map<Long, BoardVote> byVoter(List<BoardVote> votes) {
        return votes.stream().collect(Collectors.toMap(BoardVote::getVoterAccountId, Function.identity()));
    }
}
