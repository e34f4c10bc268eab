package org.partnershipsteward.ballot.control;

import org.partnershipsteward.bylaws.control.MajorityRule;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.partnershipsteward.bylaws.control.Threshold;
import org.partnershipsteward.ballot.entity.VoteDecision;

/**
 * The votes on one board question, as the bylaws count them. Only a seated board member votes; each seat
 * holder has one vote, and a changed vote replaces the earlier one. The {@link Tally} counts the votes of
 * those seated <em>now</em> (a member who left the board no longer counts) under the {@link MajorityRule}.
 * <p>
 * Pure: plain values in, plain values out; the caller reads and stores the votes.
 */
public final class BallotBox {

    /**
     * One seat holder's vote; a blank comment is no comment.
     *
     * @param voterId  the voter's account id
     * @param decision approve or reject
     * @param comment  optional; a rejection's comment is a reason given to the subject
     */
    public record Vote(long voterId, VoteDecision decision, String comment) {
        public Vote {
            Objects.requireNonNull(decision, "decision");
            comment = comment == null || comment.isBlank() ? null : comment.trim();
        }
    }

    /** The voter does not hold a seat on the board now. */
    public static final class NotSeated extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotSeated(long voterId) {
            super("Account " + voterId + " does not hold a board seat; only seated board members vote");
        }
    }

    private final Set<Long> seated;
    private final Map<Long, Vote> votes = new LinkedHashMap<>();

    /**
     * @param seated the account ids of the seat holders now
     * @param cast   the votes cast so far, oldest first (one per voter)
     */
    public BallotBox(Collection<Long> seated, Collection<Vote> cast) {
        this.seated = Set.copyOf(seated);
        cast.forEach(v -> votes.put(v.voterId(), v));
    }

    public boolean seats(long voterId) {
        return seated.contains(voterId);
    }

    /**
     * Casts a vote; the voter's earlier vote, if any, is replaced and the new one counts as the latest.
     *
     * @return the earlier vote this one replaces
     * @throws NotSeated when the voter holds no seat
     */
    public Optional<Vote> cast(Vote vote) {
        if (!seats(vote.voterId())) {
            throw new NotSeated(vote.voterId());
        }
        Vote earlier = votes.remove(vote.voterId());
        votes.put(vote.voterId(), vote);
        return Optional.ofNullable(earlier);
    }

    /** The votes of the members seated now, oldest first. */
    public List<Vote> counted() {
        return votes.values().stream().filter(v -> seats(v.voterId())).toList();
    }

    /** Counts the seated members' votes and applies the rule. */
    public Tally tally(MajorityRule rule) {
        List<Vote> counted = counted();
        int approvals = (int) counted.stream().filter(v -> v.decision() == VoteDecision.APPROVE).count();
        int rejections = counted.size() - approvals;
        List<String> reasons = counted.stream().filter(v -> v.decision() == VoteDecision.REJECT && v.comment() != null)
                .map(Vote::comment).toList();
        return new Tally(seated.size(), approvals, rejections, rule.outcome(seated.size(), approvals, rejections),
                reasons);
    }
}
