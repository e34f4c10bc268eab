package org.partnershipsteward.obligation.control;

import org.partnershipsteward.bylaws.entity.BylawsDocument;

/**
 * What the bylaws ask of members.
 *
 * @param minimumAttendances          summits a member attends per period
 * @param periodMonths                length of a period (a divisor of 12; periods start in January)
 * @param delegatesCount              whether a delegate's or alternate's attendance counts for the member
 * @param judgeJoiningPeriod          whether a member is judged in the period they joined (pro rata: only the
 *                                    summits and surveys after joining count); if not, that period is free
 * @param missedPeriodsBeforeProposal consecutive missed periods after which the board is asked to change
 *                                    the member's status
 * @param surveyMinimumShare          share (0..1) of the period's surveys a member answers
 */
public record ObligationRules(int minimumAttendances, int periodMonths, boolean delegatesCount,
        boolean judgeJoiningPeriod, int missedPeriodsBeforeProposal, double surveyMinimumShare) {

    public ObligationRules {
        if (minimumAttendances < 0) {
            throw new IllegalArgumentException("minimumAttendances must not be negative, was " + minimumAttendances);
        }
        if (periodMonths < 1 || 12 % periodMonths != 0) {
            throw new IllegalArgumentException("periodMonths must divide a year, was " + periodMonths);
        }
        if (missedPeriodsBeforeProposal < 1) {
            throw new IllegalArgumentException("missedPeriodsBeforeProposal must be at least 1, was "
                    + missedPeriodsBeforeProposal);
        }
        if (surveyMinimumShare < 0 || surveyMinimumShare > 1) {
            throw new IllegalArgumentException("surveyMinimumShare must be between 0 and 1, was " + surveyMinimumShare);
        }
    }

    /** TCSP: one summit per calendar half-year in person, half the surveys, two missed half-years before the board looks. */
    /** What members owe under these bylaws: attendance per period, surveys, and when the board is asked to act. */
    public static ObligationRules of(BylawsDocument bylaws) {
        var a = bylaws.attendance();
        return new ObligationRules(a.minimum(), a.periodMonths(), a.delegatesCount(), a.judgeJoiningPeriod(),
                a.missedPeriodsBeforeProposal(), bylaws.surveys().minimumShare());
    }

    public static ObligationRules tcspDefaults() {
        return new ObligationRules(1, 6, false, false, 2, 0.5);
    }
}
