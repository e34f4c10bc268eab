package org.partnershipsteward.ballot.control;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.partnershipsteward.ballot.entity.VoteDecision;
import org.partnershipsteward.bylaws.control.MajorityRule;

/**
 * The votes on one board question, as the bylaws count them: <b>one vote per seat</b>. Each seat is spoken for now by
 * its holder or by the alternate acting for it (the roster: seat → voter); only they vote for it. A vote is the
 * seat's, not the person's: a vote the acting alternate cast stands when the holder returns or a holder is seated,
 * and whoever speaks for the seat now may change it (the change replaces the seat's earlier vote). A voter who speaks
 * for two seats (a holder who also acts for another seat) casts both seats' votes. The {@link Tally} counts the votes
 * of the seats someone speaks for now under the {@link MajorityRule}: a seat nobody speaks for (vacant without an
 * alternate, its holder on leave without one) is short and neither counts nor divides.
 * <p>
 * Pure: plain values in, plain values out; the caller reads and stores the votes.
 */
public final class BallotBox {

    /**
     * One seat's vote; a blank comment is no comment.
     *
     * @param seatId   the seat the vote is for
     * @param voterId  the account id of who cast it
     * @param decision approve or reject
     * @param comment  optional; a rejection's comment is a reason given to the subject
     */
    public record Vote(long seatId, long voterId, VoteDecision decision, String comment) {
        public Vote {
            Objects.requireNonNull(decision, "decision");
            comment = comment == null || comment.isBlank() ? null : comment.trim();
        }
    }

    /** The voter speaks for no seat of the board now. */
    public static final class NotSeated extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotSeated(long voterId) {
            super("Account " + voterId + " speaks for no board seat now; only seated (or acting) board members vote");
        }
    }

    private final Map<Long, Long> voters;
    private final Map<Long, Vote> votes = new LinkedHashMap<>();

    /**
     * @param voters who speaks for each seat now: seat id → account id (seats nobody speaks for are absent)
     * @param cast   the votes cast so far, oldest first; of two for one seat the later counts
     */
    public BallotBox(Map<Long, Long> voters, Collection<Vote> cast) {
        this.voters = Map.copyOf(voters);
        cast.forEach(v -> {
            votes.remove(v.seatId());
            votes.put(v.seatId(), v);
        });
    }

    /** The seats the voter speaks for now, in seat order. */
    public List<Long> seatsOf(long voterId) {
        return voters.entrySet().stream().filter(e -> e.getValue() == voterId).map(Map.Entry::getKey).sorted().toList();
    }

    public boolean seats(long voterId) {
        return !seatsOf(voterId).isEmpty();
    }

    /**
     * Casts the voter's vote for every seat they speak for now; each replaces that seat's earlier vote (whoever cast
     * it) and counts as the latest.
     *
     * @return the new votes, one per seat
     * @throws NotSeated when the voter speaks for no seat
     */
    public List<Vote> cast(long voterId, VoteDecision decision, String comment) {
        List<Long> seats = seatsOf(voterId);
        if (seats.isEmpty()) {
            throw new NotSeated(voterId);
        }
        List<Vote> cast = seats.stream().map(seat -> new Vote(seat, voterId, decision, comment)).toList();
        cast.forEach(v -> {
            votes.remove(v.seatId());
            votes.put(v.seatId(), v);
        });
        return cast;
    }

    /** The votes of the seats someone speaks for now, oldest first. */
    public List<Vote> counted() {
        return votes.values().stream().filter(v -> voters.containsKey(v.seatId())).toList();
    }

    /** Counts the seats' votes and applies the rule over the seats someone speaks for. */
    public Tally tally(MajorityRule rule) {
        List<Vote> counted = counted();
        int approvals = (int) counted.stream().filter(v -> v.decision() == VoteDecision.APPROVE).count();
        int rejections = counted.size() - approvals;
        List<String> reasons = counted.stream().filter(v -> v.decision() == VoteDecision.REJECT && v.comment() != null)
                .map(Vote::comment).toList();
        int seated = voters.size();
        return new Tally(seated, approvals, rejections, rule.outcome(seated, approvals, rejections), reasons);
    }
}
