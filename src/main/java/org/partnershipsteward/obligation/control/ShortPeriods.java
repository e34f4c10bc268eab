package org.partnershipsteward.obligation.control;

import java.util.Set;
import org.partnershipsteward.platform.time.Period;

/** Consecutive short periods: what puts a member's status to the board. */
public final class ShortPeriods {

    private ShortPeriods() {
    }

    /**
     * The closed periods in a row, ending with {@code upTo}, in which the member fell short (a period in which the member
     * did not fall short, was excused, was not judged or which is not closed breaks the row).
     *
     * @param fellShort the periods (as written, e.g. {@code 2026-H1}) whose closing found the member short
     */
    public static int inARow(Period upTo, Set<String> fellShort) {
        int count = 0;
        for (Period p = upTo; fellShort.contains(p.toString()); p = p.previous()) {
            count++;
        }
        return count;
    }
}
