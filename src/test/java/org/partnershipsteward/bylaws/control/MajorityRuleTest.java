package org.partnershipsteward.bylaws.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.partnershipsteward.bylaws.entity.VoteOutcome.APPROVED;
import static org.partnershipsteward.bylaws.entity.VoteOutcome.PENDING;
import static org.partnershipsteward.bylaws.entity.VoteOutcome.REJECTED;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.partnershipsteward.bylaws.entity.VoteOutcome;

class MajorityRuleTest {

    private final MajorityRule majority = MajorityRule.bylawsDefault();
    private final MajorityRule twoThirds = new MajorityRule(Threshold.TWO_THIRDS);

    @Test
    void bylawsDefaultIsStrictlyMoreThanHalfOfSeatedMembers() {
        assertEquals(new Threshold(1, 2, true), majority.threshold());
    }

    @Test
    void aRuleNeedsAThreshold() {
        assertThrows(NullPointerException.class, () -> new MajorityRule(null));
    }

    @ParameterizedTest(name = "{0} seated need {1}")
    @CsvSource({"1,1", "2,2", "3,2", "4,3", "5,3", "6,4", "7,4", "8,5", "9,5", "10,6"})
    void simpleMajorityNeedsStrictlyMoreThanHalfOfSeats(int seated, int needed) {
        assertEquals(needed, majority.needed(seated));
    }

    @ParameterizedTest(name = "{0} seated need {1}")
    @CsvSource({"1,1", "2,2", "3,2", "4,3", "5,4", "6,4", "7,5", "8,6", "9,6", "10,7", "12,8"})
    void twoThirdsNeedsAtLeastTwoThirdsOfSeats(int seated, int needed) {
        assertEquals(needed, twoThirds.needed(seated));
    }

    @ParameterizedTest
    @CsvSource({"1", "2", "5", "9"})
    void unanimityNeedsEverySeat(int seated) {
        assertEquals(seated, new MajorityRule(Threshold.UNANIMOUS).needed(seated));
    }

    @Test
    void neededMatchesTheFractionForEveryBoardSizeAndThreshold() {
        for (Threshold t : thresholds()) {
            MajorityRule rule = new MajorityRule(t);
            for (int seated = 1; seated <= 30; seated++) {
                assertEquals(smallestReachingShare(t, seated), rule.needed(seated), t + " with " + seated + " seated");
            }
        }
    }

    @Test
    void neededDoesNotOverflowOnHugeBoards() {
        int seated = Integer.MAX_VALUE;
        assertEquals((int) Math.ceil(seated * 2.0 / 3), twoThirds.needed(seated));
        assertEquals(seated / 2 + 1, majority.needed(seated));
    }

    @Test
    void neededRejectsNegativeSeats() {
        assertThrows(IllegalArgumentException.class, () -> majority.needed(-1));
    }

    @Test
    void simpleMajorityOnNineSeats() {
        assertEquals(APPROVED, majority.outcome(9, 5, 0));
        assertEquals(APPROVED, majority.outcome(9, 5, 4));
        assertEquals(PENDING, majority.outcome(9, 4, 0));
        assertEquals(PENDING, majority.outcome(9, 4, 4));
        assertEquals(PENDING, majority.outcome(9, 0, 4));
        assertEquals(REJECTED, majority.outcome(9, 0, 5));
        assertEquals(REJECTED, majority.outcome(9, 4, 5));
    }

    @Test
    void twoThirdsThresholdOnNineSeats() {
        assertEquals(6, twoThirds.needed(9));
        assertEquals(APPROVED, twoThirds.outcome(9, 6, 0));
        assertEquals(APPROVED, twoThirds.outcome(9, 6, 3));
        assertEquals(PENDING, twoThirds.outcome(9, 5, 3));
        assertEquals(PENDING, twoThirds.outcome(9, 0, 3));
        assertEquals(REJECTED, twoThirds.outcome(9, 5, 4));
        assertEquals(REJECTED, twoThirds.outcome(9, 0, 4));
    }

    @Test
    void majorityCountsSeatedMembersNotVotesCast() {
        // 3 of 3 votes cast is unanimous among voters, but only 3 of 9 seated members
        assertEquals(PENDING, majority.outcome(9, 3, 0));
        assertEquals(PENDING, twoThirds.outcome(9, 5, 0));
    }

    @Test
    void tieOnEvenBoardIsRejectedUnderSimpleMajority() {
        assertEquals(REJECTED, majority.outcome(8, 4, 4));
        assertEquals(REJECTED, majority.outcome(2, 1, 1));
    }

    @Test
    void halfOfAnEvenBoardIsNotEnoughUnderSimpleMajority() {
        assertEquals(PENDING, majority.outcome(8, 4, 0));
        assertEquals(APPROVED, majority.outcome(8, 5, 0));
    }

    @Test
    void boardOfOneDecidesWithItsOnlyVote() {
        for (MajorityRule rule : List.of(majority, twoThirds)) {
            assertTrue(rule.canDecide(1));
            assertEquals(1, rule.needed(1));
            assertEquals(PENDING, rule.outcome(1, 0, 0));
            assertEquals(APPROVED, rule.outcome(1, 1, 0));
            assertEquals(REJECTED, rule.outcome(1, 0, 1));
        }
    }

    @Test
    void emptyBoardCannotDecideAndStaysPending() {
        for (MajorityRule rule : List.of(majority, twoThirds, new MajorityRule(Threshold.UNANIMOUS))) {
            assertFalse(rule.canDecide(0));
            assertTrue(rule.needed(0) > 0, "no vote passes with zero approvals");
            assertEquals(PENDING, rule.outcome(0, 0, 0));
        }
    }

    @Test
    void votesOnAnEmptyBoardAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> majority.outcome(0, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> majority.outcome(0, 0, 1));
    }

    @ParameterizedTest
    @CsvSource({"1", "2", "9", "100"})
    void anySeatedBoardCanDecide(int seated) {
        assertTrue(majority.canDecide(seated));
        assertTrue(twoThirds.canDecide(seated));
    }

    @Test
    void canDecideRejectsNegativeSeats() {
        assertThrows(IllegalArgumentException.class, () -> majority.canDecide(-1));
    }

    @ParameterizedTest(name = "seated={0} approvals={1} rejections={2}")
    @CsvSource({"9,5,5", "9,10,0", "9,0,10", "3,4,0", "3,2,2", "1,1,1", "-1,0,0", "9,-1,0", "9,0,-1",
            "2147483647,2147483647,1"})
    void impossibleCountsAreRejected(int seated, int approvals, int rejections) {
        assertThrows(IllegalArgumentException.class, () -> majority.outcome(seated, approvals, rejections));
    }

    @Test
    void everySeatVotingAlwaysDecides() {
        for (Threshold t : thresholds()) {
            MajorityRule rule = new MajorityRule(t);
            for (int seated = 1; seated <= 12; seated++) {
                for (int approvals = 0; approvals <= seated; approvals++) {
                    assertTrue(rule.outcome(seated, approvals, seated - approvals) != PENDING,
                            t + " " + approvals + "/" + seated);
                }
            }
        }
    }

    @Test
    void outcomeFollowsTheDefinitionForEveryTally() {
        for (Threshold t : thresholds()) {
            MajorityRule rule = new MajorityRule(t);
            for (int seated = 1; seated <= 12; seated++) {
                int needed = smallestReachingShare(t, seated);
                for (int approvals = 0; approvals <= seated; approvals++) {
                    for (int rejections = 0; approvals + rejections <= seated; rejections++) {
                        VoteOutcome expected = approvals >= needed ? APPROVED
                                : seated - rejections < needed ? REJECTED : PENDING;
                        assertEquals(expected, rule.outcome(seated, approvals, rejections),
                                t + " seated=" + seated + " " + approvals + "-" + rejections);
                    }
                }
            }
        }
    }

    @Test
    void pendingMeansBothApprovalAndRejectionAreStillReachable() {
        for (Threshold t : thresholds()) {
            MajorityRule rule = new MajorityRule(t);
            for (int seated = 1; seated <= 12; seated++) {
                for (int approvals = 0; approvals <= seated; approvals++) {
                    for (int rejections = 0; approvals + rejections <= seated; rejections++) {
                        if (rule.outcome(seated, approvals, rejections) == PENDING) {
                            int open = seated - approvals - rejections;
                            assertEquals(APPROVED, rule.outcome(seated, approvals + open, rejections));
                            assertEquals(REJECTED, rule.outcome(seated, approvals, rejections + open));
                        }
                    }
                }
            }
        }
    }

    @Test
    void aDecidedVoteStaysDecidedWhateverTheRemainingSeatsVote() {
        for (int approvals = 0; approvals <= 9; approvals++) {
            for (int rejections = 0; approvals + rejections <= 9; rejections++) {
                VoteOutcome now = majority.outcome(9, approvals, rejections);
                if (now == PENDING) {
                    continue;
                }
                int open = 9 - approvals - rejections;
                assertEquals(now, majority.outcome(9, approvals + open, rejections));
                assertEquals(now, majority.outcome(9, approvals, rejections + open));
            }
        }
    }

    private static List<Threshold> thresholds() {
        return List.of(Threshold.SIMPLE_MAJORITY, Threshold.TWO_THIRDS, Threshold.UNANIMOUS,
                new Threshold(3, 4, false), new Threshold(3, 5, true), new Threshold(0, 1, true));
    }

    /** Brute force, independent of the implementation: the fewest approvals (at least 1) that reach the share. */
    private static int smallestReachingShare(Threshold t, int seated) {
        for (int k = 1; ; k++) {
            long lhs = (long) k * t.denominator();
            long rhs = (long) seated * t.numerator();
            if (t.strictlyMore() ? lhs > rhs : lhs >= rhs) {
                return k;
            }
        }
    }
}
