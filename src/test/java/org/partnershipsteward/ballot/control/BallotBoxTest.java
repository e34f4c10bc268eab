package org.partnershipsteward.ballot.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.partnershipsteward.ballot.entity.VoteDecision.APPROVE;
import static org.partnershipsteward.ballot.entity.VoteDecision.REJECT;
import static org.partnershipsteward.bylaws.entity.VoteOutcome.APPROVED;
import static org.partnershipsteward.bylaws.entity.VoteOutcome.PENDING;
import static org.partnershipsteward.bylaws.entity.VoteOutcome.REJECTED;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnershipsteward.ballot.control.BallotBox.Vote;
import org.partnershipsteward.bylaws.control.MajorityRule;

/** The bylaws' board vote: one vote per seat, who speaks for each seat now, and what the majority of seats decides. */
class BallotBoxTest {

    /** Seats 101..109, spoken for by accounts 1..9. */
    private static final Map<Long, Long> NINE_SEATS = seats(9);
    private final MajorityRule majority = MajorityRule.bylawsDefault();

    private static Map<Long, Long> seats(int n) {
        Map<Long, Long> seats = new HashMap<>();
        for (long i = 1; i <= n; i++) {
            seats.put(100 + i, i);
        }
        return seats;
    }

    private static Vote vote(long account, String decision) {
        return new Vote(100 + account, account, decision.equals("A") ? APPROVE : REJECT, null);
    }

    @Test
    void aSeatHasOneVoteAChangedVoteReplacesTheEarlierOne() {
        BallotBox box = new BallotBox(NINE_SEATS, List.of(new Vote(101, 1, REJECT, "too early"), vote(2, "A")));

        List<Vote> cast = box.cast(1, APPROVE, "convinced");

        assertEquals(List.of(new Vote(101, 1, APPROVE, "convinced")), cast);
        assertEquals(List.of(vote(2, "A"), new Vote(101, 1, APPROVE, "convinced")), box.counted());
        Tally tally = box.tally(majority);
        assertEquals(2, tally.approvals());
        assertEquals(0, tally.rejections());
    }

    @Test
    void aVoterWhoSpeaksForNoSeatIsRefused() {
        BallotBox box = new BallotBox(NINE_SEATS, List.of());

        assertFalse(box.seats(10));
        assertThrows(BallotBox.NotSeated.class, () -> box.cast(10, APPROVE, null));
        assertEquals(List.of(), box.counted());
    }

    @Test
    void theActingAlternateVotesForTheSeatAndIsCountedByTheMajorityRule() {
        Map<Long, Long> voters = new HashMap<>(seats(3));
        voters.put(103L, 20L); // seat 103's holder is on leave: the alternate (account 20) speaks for it
        BallotBox box = new BallotBox(voters, List.of(new Vote(101, 1, APPROVE, null)));

        assertThrows(BallotBox.NotSeated.class, () -> box.cast(3, APPROVE, null), "the absent holder does not vote");
        box.cast(20, APPROVE, null);

        Tally tally = box.tally(majority);
        assertEquals(3, tally.seated(), "the seat counts once, not twice");
        assertEquals(APPROVED, tally.outcome(), "2 of 3 seats, one by its acting alternate");
    }

    @Test
    void theAlternatesVoteStandsWhenTheHolderReturns() {
        // cast by the acting alternate (account 20) for seat 103; the holder (account 3) speaks for it again
        BallotBox box = new BallotBox(seats(3), List.of(new Vote(103, 20, APPROVE, "while acting")));

        assertEquals(List.of(new Vote(103, 20, APPROVE, "while acting")), box.counted());
        assertEquals(1, box.tally(majority).approvals());
    }

    @Test
    void theReturnedHolderMayChangeTheSeatsVoteOneVotePerSeatEitherWay() {
        BallotBox box = new BallotBox(seats(3), List.of(new Vote(103, 20, APPROVE, null)));

        box.cast(3, REJECT, "back, and against");

        assertEquals(List.of(new Vote(103, 3, REJECT, "back, and against")), box.counted());
        Tally tally = box.tally(majority);
        assertEquals(0, tally.approvals());
        assertEquals(1, tally.rejections());
    }

    @Test
    void aVoterWhoSpeaksForTwoSeatsCastsBothSeatsVotes() {
        Map<Long, Long> voters = new HashMap<>(seats(3));
        voters.put(103L, 1L); // holder of seat 101 is also the acting alternate of seat 103
        BallotBox box = new BallotBox(voters, List.of());

        List<Vote> cast = box.cast(1, APPROVE, null);

        assertEquals(List.of(101L, 103L), cast.stream().map(Vote::seatId).toList());
        assertEquals(APPROVED, box.tally(majority).outcome(), "2 of 3 seats");
    }

    @Test
    void ofTwoStoredVotesForOneSeatTheLaterCounts() {
        BallotBox box = new BallotBox(seats(3), List.of(new Vote(101, 20, REJECT, null), new Vote(101, 1, APPROVE, null)));

        assertEquals(List.of(new Vote(101, 1, APPROVE, null)), box.counted());
    }

    @Test
    void theMajorityOfSeatsSpokenForDecides() {
        BallotBox box = new BallotBox(NINE_SEATS, List.of());
        for (long voter = 1; voter <= 4; voter++) {
            box.cast(voter, APPROVE, null);
        }
        assertEquals(PENDING, box.tally(majority).outcome(), "4 of 9 is not more than half");

        box.cast(5, APPROVE, null);

        Tally tally = box.tally(majority);
        assertEquals(APPROVED, tally.outcome());
        assertEquals("5 of 9 seated board members approved", tally.approvedBy());
    }

    @Test
    void theMajorityIsOfSeatsNotOfThoseWhoVoted() {
        BallotBox box = new BallotBox(NINE_SEATS, List.of(vote(1, "A"), vote(2, "A")));

        assertEquals(PENDING, box.tally(majority).outcome(), "2 of 2 votes is not a majority of 9 seats");
    }

    @Test
    void aQuestionIsRejectedOnceApprovalCanNoLongerBeReached() {
        BallotBox box = new BallotBox(NINE_SEATS, List.of());
        for (long voter = 1; voter <= 4; voter++) {
            box.cast(voter, REJECT, null);
        }
        assertEquals(PENDING, box.tally(majority).outcome(), "5 seats could still approve");

        box.cast(5, REJECT, null);

        assertEquals(REJECTED, box.tally(majority).outcome());
    }

    @Test
    void aSeatNobodySpeaksForIsShortItsVoteNeitherCountsNorDivides() {
        // seat 107 voted, then fell vacant without an alternate: it is not on the roster now
        BallotBox box = new BallotBox(seats(3), List.of(new Vote(107, 7, APPROVE, null), vote(1, "A")));

        Tally tally = box.tally(majority);

        assertEquals(List.of(vote(1, "A")), box.counted());
        assertEquals(3, tally.seated());
        assertEquals(1, tally.approvals());
        assertEquals(PENDING, tally.outcome());
    }

    @Test
    void aBoardWithoutSeatsSpokenForCannotDecide() {
        BallotBox box = new BallotBox(Map.of(), List.of(vote(1, "A")));

        assertEquals(PENDING, box.tally(majority).outcome());
    }

    @Test
    void theReasonsForARejectionAreTheRejectingSeatsCommentsInTheOrderCast() {
        BallotBox box = new BallotBox(seats(3), List.of(new Vote(101, 1, REJECT, "outside the region"),
                new Vote(102, 2, APPROVE, "fine by me"), new Vote(103, 3, REJECT, "  ")));

        Tally tally = box.tally(majority);

        assertEquals(REJECTED, tally.outcome());
        assertEquals(List.of("outside the region"), tally.reasons());
    }

    @Test
    void aBlankCommentIsNoCommentAndACommentIsTrimmed() {
        assertNull(new Vote(101, 1, APPROVE, " \t").comment());
        assertEquals("why not", new Vote(101, 1, APPROVE, "  why not ").comment());
        assertThrows(NullPointerException.class, () -> new Vote(101, 1, null, null));
    }
}
