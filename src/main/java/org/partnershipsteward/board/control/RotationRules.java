package org.partnershipsteward.board.control;

import java.util.Objects;
import org.partnershipsteward.bylaws.entity.BylawsDocument;

/**
 * The bylaws of the rotating chair.
 *
 * @param termMonths         length of a chair term in months (at least 1)
 * @param order              how the next chair is chosen
 * @param minTenureMonths    a holder chairs only once they have held their seat this long at
 *                           the term's start (0 = at once)
 * @param noConsecutiveTerms whether the chair of one term is passed over for the next
 * @param planTerms          how many terms after the current one the plan lists (at least 1,
 *                           so there is a vice-chair)
 */
public record RotationRules(int termMonths, Order order, int minTenureMonths, boolean noConsecutiveTerms,
        int planTerms) {

    /** How the next chair is chosen among the eligible seat holders. */
    public enum Order {
        /** The other sector than the previous chair's when it has an eligible holder. */
        ALTERNATE_SECTORS,
        /** No sector preference: least recently chaired, then seat order. */
        SEAT_ORDER
    }

    public RotationRules {
        Objects.requireNonNull(order, "order");
        if (termMonths < 1) {
            throw new IllegalArgumentException("termMonths must be at least 1, was " + termMonths);
        }
        if (minTenureMonths < 0) {
            throw new IllegalArgumentException("minTenureMonths must not be negative, was " + minTenureMonths);
        }
        if (planTerms < 1) {
            throw new IllegalArgumentException("planTerms must be at least 1, was " + planTerms);
        }
    }

    /** TCSP: yearly terms alternating public and private, six months' tenure, no second term in a row, five terms ahead. */
    /** How the chair rotates under these bylaws, planning {@code planTerms} terms ahead. */
    public static RotationRules of(BylawsDocument bylaws, int planTerms) {
        var chair = bylaws.board().chair();
        return new RotationRules(chair.termMonths(), Order.valueOf(chair.order()), chair.minTenureMonths(),
                chair.noConsecutiveTerms(), planTerms);
    }

    public static RotationRules tcspDefaults() {
        return new RotationRules(12, Order.ALTERNATE_SECTORS, 6, true, 5);
    }
}
