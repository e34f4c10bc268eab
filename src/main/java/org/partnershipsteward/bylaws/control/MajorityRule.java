package org.partnershipsteward.bylaws.control;

import java.util.Objects;

import org.partnershipsteward.bylaws.entity.VoteOutcome;

/**
 * The one rule that decides every board vote (new members, agendas, ...): approvals must reach a
 * {@link Threshold} of the <em>seated</em> board members, not of those who voted.
 * <p>
 * Pure and thread-safe. A vote is {@code APPROVED} once approvals reach {@link #needed}, {@code REJECTED}
 * once that can no longer happen even if every seated member who has not voted approves, and
 * {@code PENDING} otherwise. A board with no seated member {@linkplain #canDecide cannot decide}: its votes
 * stay {@code PENDING}.
 */
public final class MajorityRule {

    private final Threshold threshold;

    public MajorityRule(Threshold threshold) {
        this.threshold = Objects.requireNonNull(threshold, "threshold");
    }

    /** The bylaws default: strictly more than half of the seated members. */
    public static MajorityRule bylawsDefault() {
        return new MajorityRule(Threshold.SIMPLE_MAJORITY);
    }

    public Threshold threshold() {
        return threshold;
    }

    /**
     * Approvals needed with this many seated members; never less than 1, so with no seated member it
     * exceeds the board (see {@link #canDecide}).
     *
     * @throws IllegalArgumentException when seated is negative
     */
    public int needed(int seated) {
        requireNotNegative("seated", seated);
        long share = (long) seated * threshold.numerator();
        long needed = threshold.strictlyMore()
                ? share / threshold.denominator() + 1
                : Math.floorDiv(share + threshold.denominator() - 1, threshold.denominator());
        return (int) Math.max(1, needed);
    }

    /**
     * Whether a board with this many seated members can decide anything at all (it needs one seat).
     *
     * @throws IllegalArgumentException when seated is negative
     */
    public boolean canDecide(int seated) {
        return needed(seated) <= seated;
    }

    /**
     * The state of one vote.
     *
     * @param seated    board members seated now
     * @param approvals approvals cast by seated members
     * @param rejections rejections cast by seated members
     * @throws IllegalArgumentException for a negative count or more votes than seated members
     */
    public VoteOutcome outcome(int seated, int approvals, int rejections) {
        requireNotNegative("seated", seated);
        requireNotNegative("approvals", approvals);
        requireNotNegative("rejections", rejections);
        if ((long) approvals + rejections > seated) {
            throw new IllegalArgumentException(
                    approvals + " approvals and " + rejections + " rejections exceed " + seated + " seated members");
        }
        if (!canDecide(seated)) {
            return VoteOutcome.PENDING;
        }
        int needed = needed(seated);
        if (approvals >= needed) {
            return VoteOutcome.APPROVED;
        }
        int stillPossible = seated - rejections;
        return stillPossible < needed ? VoteOutcome.REJECTED : VoteOutcome.PENDING;
    }

    private static void requireNotNegative(String name, int value) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must not be negative: " + value);
        }
    }
}
