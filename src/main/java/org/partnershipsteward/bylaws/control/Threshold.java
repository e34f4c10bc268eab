package org.partnershipsteward.bylaws.control;

import org.partnershipsteward.bylaws.entity.BylawsDocument;

/**
 * The share of <em>seated</em> board members whose approval decides a vote: "strictly more than
 * numerator/denominator" or "at least numerator/denominator".
 *
 * @param numerator    top of the fraction, 0..denominator
 * @param denominator  bottom of the fraction, at least 1
 * @param strictlyMore true for "more than", false for "at least"
 */
public record Threshold(int numerator, int denominator, boolean strictlyMore) {

    /** The bylaws default: strictly more than half of the seated members. */
    public static final Threshold SIMPLE_MAJORITY = new Threshold(1, 2, true);
    /** At least two thirds of the seated members. */
    public static final Threshold TWO_THIRDS = new Threshold(2, 3, false);
    /** Every seated member. */
    public static final Threshold UNANIMOUS = new Threshold(1, 1, false);

    /**
     * @throws IllegalArgumentException for a fraction outside 0..1, "at least 0" (would approve with no
     *                                  approval) or "more than all" (could never approve)
     */
    public Threshold {
        if (denominator < 1) {
            throw new IllegalArgumentException("denominator must be at least 1: " + denominator);
        }
        if (numerator < 0 || numerator > denominator) {
            throw new IllegalArgumentException(
                    "the fraction must be between 0 and 1: " + numerator + "/" + denominator);
        }
        if (numerator == 0 && !strictlyMore) {
            throw new IllegalArgumentException("'at least 0' would approve without any approval");
        }
        if (numerator == denominator && strictlyMore) {
            throw new IllegalArgumentException("'more than all' members can never be reached");
        }
    }

    /** For reasons and messages, e.g. "more than 1/2 of seated board members". */
    /** The share of seated board members every board vote needs under these bylaws. */
    public static Threshold of(BylawsDocument bylaws) {
        var m = bylaws.board().approvalMajority();
        return new Threshold(m.numerator(), m.denominator(), m.strictlyMore());
    }

    public String describe() {
        return (strictlyMore ? "more than " : "at least ") + numerator + "/" + denominator + " of seated board members";
    }
}
