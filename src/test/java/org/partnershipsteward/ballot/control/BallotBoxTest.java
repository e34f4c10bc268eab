package org.partnershipsteward.ballot.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.partnershipsteward.ballot.entity.VoteDecision.APPROVE;
import static org.partnershipsteward.ballot.entity.VoteDecision.REJECT;
import static org.partnershipsteward.bylaws.entity.VoteOutcome.APPROVED;
import static org.partnershipsteward.bylaws.entity.VoteOutcome.PENDING;
import static org.partnershipsteward.bylaws.entity.VoteOutcome.REJECTED;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.partnershipsteward.ballot.control.BallotBox.Vote;
import org.partnershipsteward.bylaws.control.MajorityRule;

/** The bylaws' board vote: who votes, one vote per seat holder, and what the seated majority decides. */
class BallotBoxTest {

    private static final List<Long> NINE_SEATS = List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L);
    private final MajorityRule majority = MajorityRule.bylawsDefault();

    @Test
    void aSeatHolderHasOneVoteAChangedVoteReplacesTheEarlierOne() {
        BallotBox box = new BallotBox(NINE_SEATS, List.of(new Vote(1, REJECT, "too early"), new Vote(2, APPROVE, null)));

        Optional<Vote> replaced = box.cast(new Vote(1, APPROVE, "convinced"));

        assertEquals(Optional.of(new Vote(1, REJECT, "too early")), replaced);
        assertEquals(List.of(new Vote(2, APPROVE, null), new Vote(1, APPROVE, "convinced")), box.counted());
        Tally tally = box.tally(majority);
        assertEquals(2, tally.approvals());
        assertEquals(0, tally.rejections());
    }

    @Test
    void aFirstVoteReplacesNothing() {
        BallotBox box = new BallotBox(NINE_SEATS, List.of());

        assertTrue(box.cast(new Vote(3, APPROVE, null)).isEmpty());
        assertEquals(List.of(new Vote(3, APPROVE, null)), box.counted());
    }

    @Test
    void aVoterWhoIsNotSeatedIsRefused() {
        BallotBox box = new BallotBox(NINE_SEATS, List.of());

        assertFalse(box.seats(10));
        assertThrows(BallotBox.NotSeated.class, () -> box.cast(new Vote(10, APPROVE, null)));
        assertEquals(List.of(), box.counted());
    }

    @Test
    void theMajorityOfSeatedMembersDecides() {
        BallotBox box = new BallotBox(NINE_SEATS, List.of());
        for (long voter = 1; voter <= 4; voter++) {
            box.cast(new Vote(voter, APPROVE, null));
        }
        assertEquals(PENDING, box.tally(majority).outcome(), "4 of 9 is not more than half");

        box.cast(new Vote(5, APPROVE, null));

        Tally tally = box.tally(majority);
        assertEquals(APPROVED, tally.outcome());
        assertEquals("5 of 9 seated board members approved", tally.approvedBy());
    }

    @Test
    void theMajorityIsOfSeatedMembersNotOfThoseWhoVoted() {
        BallotBox box = new BallotBox(NINE_SEATS, List.of(new Vote(1, APPROVE, null), new Vote(2, APPROVE, null)));

        assertEquals(PENDING, box.tally(majority).outcome(), "2 of 2 votes is not a majority of 9 seats");
    }

    @Test
    void aQuestionIsRejectedOnceApprovalCanNoLongerBeReached() {
        BallotBox box = new BallotBox(NINE_SEATS, List.of());
        for (long voter = 1; voter <= 4; voter++) {
            box.cast(new Vote(voter, REJECT, null));
        }
        assertEquals(PENDING, box.tally(majority).outcome(), "5 seats could still approve");

        box.cast(new Vote(5, REJECT, null));

        assertEquals(REJECTED, box.tally(majority).outcome());
    }

    @Test
    void aVoteOfSomeoneNoLongerSeatedDoesNotCount() {
        BallotBox box = new BallotBox(List.of(1L, 2L, 3L), List.of(new Vote(7, APPROVE, null), new Vote(1, APPROVE, null)));

        Tally tally = box.tally(majority);

        assertEquals(List.of(new Vote(1, APPROVE, null)), box.counted());
        assertEquals(3, tally.seated());
        assertEquals(1, tally.approvals());
        assertEquals(PENDING, tally.outcome());
    }

    @Test
    void aBoardWithoutSeatedMembersCannotDecide() {
        BallotBox box = new BallotBox(List.of(), List.of(new Vote(1, APPROVE, null)));

        assertEquals(PENDING, box.tally(majority).outcome());
    }

    @Test
    void theReasonsForARejectionAreTheRejectingMembersCommentsInTheOrderCast() {
        BallotBox box = new BallotBox(List.of(1L, 2L, 3L), List.of(new Vote(1, REJECT, "outside the region"),
                new Vote(2, APPROVE, "fine by me"), new Vote(3, REJECT, "  ")));

        Tally tally = box.tally(majority);

        assertEquals(REJECTED, tally.outcome());
        assertEquals(List.of("outside the region"), tally.reasons());
    }

    @Test
    void aBlankCommentIsNoCommentAndACommentIsTrimmed() {
        assertNull(new Vote(1, APPROVE, " \t").comment());
        assertEquals("why not", new Vote(1, APPROVE, "  why not ").comment());
        assertThrows(NullPointerException.class, () -> new Vote(1, null, null));
    }
}
