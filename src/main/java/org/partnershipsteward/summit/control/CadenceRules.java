package org.partnershipsteward.summit.control;

import java.util.Set;
import org.partnershipsteward.bylaws.entity.BylawsDocument;

/**
 * The bylaws of summit cadence.
 *
 * @param minPerYear          fewest summits in a calendar year
 * @param maxPerYear          most summits in a calendar year
 * @param periodMonths        length of an attendance period; periods start in January, so
 *                            this divides 12 (1, 2, 3, 4, 6 or 12); each needs a summit
 * @param minWeeksBetween     fewest weeks between two summits (0 = no limit)
 * @param scheduleAheadMonths how long before it is due the next summit must be on the calendar
 */
public record CadenceRules(int minPerYear, int maxPerYear, int periodMonths, int minWeeksBetween,
        int scheduleAheadMonths) {

    private static final Set<Integer> PERIODS_DIVIDING_A_YEAR = Set.of(1, 2, 3, 4, 6, 12);

    public CadenceRules {
        if (minPerYear < 0) {
            throw new IllegalArgumentException("minPerYear must not be negative, was " + minPerYear);
        }
        if (maxPerYear < Math.max(1, minPerYear)) {
            throw new IllegalArgumentException("maxPerYear must be at least 1 and at least minPerYear ("
                    + minPerYear + "), was " + maxPerYear);
        }
        if (!PERIODS_DIVIDING_A_YEAR.contains(periodMonths)) {
            throw new IllegalArgumentException("periodMonths must divide a year (1, 2, 3, 4, 6 or 12), was "
                    + periodMonths);
        }
        if (minWeeksBetween < 0) {
            throw new IllegalArgumentException("minWeeksBetween must not be negative, was " + minWeeksBetween);
        }
        if (scheduleAheadMonths < 0) {
            throw new IllegalArgumentException("scheduleAheadMonths must not be negative, was " + scheduleAheadMonths);
        }
    }

    /** TCSP: two or three a year, one each half-year, eight weeks apart, the next on the calendar four months ahead. */
    /** How often summits happen under these bylaws (the period is the attendance period). */
    public static CadenceRules of(BylawsDocument bylaws) {
        var c = bylaws.cadence();
        return new CadenceRules(c.minSummitsPerYear(), c.maxSummitsPerYear(), bylaws.attendance().periodMonths(),
                c.minWeeksBetween(), c.scheduleAheadMonths());
    }

    public static CadenceRules tcspDefaults() {
        return new CadenceRules(2, 3, 6, 8, 4);
    }
}
