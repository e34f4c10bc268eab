package org.partnershipsteward.summit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.partnershipsteward.summit.entity.Rsvp;
import org.partnershipsteward.summit.entity.RsvpResponse;
import org.partnershipsteward.summit.entity.RsvpStatus;

class RsvpPolicyTest {

    @Test
    void yesWithinCapacityConfirmsASeat() {
        assertEquals(RsvpStatus.CONFIRMED, RsvpPolicy.decide(RsvpResponse.YES, false, 49, 50));
    }

    @Test
    void yesPastCapacityGoesToTheWaitlist() {
        assertEquals(RsvpStatus.WAITLISTED, RsvpPolicy.decide(RsvpResponse.YES, false, 50, 50));
    }

    @Test
    void aRepeatedYesKeepsTheSeatEvenWhenFull() {
        assertEquals(RsvpStatus.CONFIRMED, RsvpPolicy.decide(RsvpResponse.YES, true, 50, 50));
    }

    @Test
    void noDeclinesAndMaybeIsTentativeWhateverTheCapacity() {
        assertEquals(RsvpStatus.DECLINED, RsvpPolicy.decide(RsvpResponse.NO, true, 50, 50));
        assertEquals(RsvpStatus.TENTATIVE, RsvpPolicy.decide(RsvpResponse.MAYBE, false, 0, 50));
    }

    @Test
    void aSeatFreesUpOnlyWhenAConfirmedMemberStopsBeingConfirmed() {
        assertTrue(RsvpPolicy.freesSeat(RsvpStatus.CONFIRMED, RsvpStatus.DECLINED));
        assertTrue(RsvpPolicy.freesSeat(RsvpStatus.CONFIRMED, RsvpStatus.TENTATIVE));
        assertFalse(RsvpPolicy.freesSeat(RsvpStatus.CONFIRMED, RsvpStatus.CONFIRMED));
        assertFalse(RsvpPolicy.freesSeat(RsvpStatus.WAITLISTED, RsvpStatus.DECLINED));
    }

    private static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");

    private static Rsvp answered(long memberId, RsvpResponse response, RsvpStatus status, long nextInLine) {
        Rsvp rsvp = new Rsvp(1, memberId);
        rsvp.answer(response, status, nextInLine, "test", NOW);
        return rsvp;
    }

    @Test
    void theFirstToWaitIsNumberOne() {
        assertEquals(1, RsvpPolicy.nextInLine(List.of()));
        assertEquals(1, RsvpPolicy.nextInLine(List.of(answered(1, RsvpResponse.YES, RsvpStatus.CONFIRMED, 1))));
    }

    @Test
    void aLaterYesPastCapacityQueuesAfterTheHighestNumberEverGiven() {
        Rsvp second = answered(2, RsvpResponse.YES, RsvpStatus.WAITLISTED, 2);
        Rsvp fifth = answered(5, RsvpResponse.YES, RsvpStatus.WAITLISTED, 5);
        assertEquals(6, RsvpPolicy.nextInLine(List.of(second, fifth)));
    }

    @Test
    void theNextInLineFromTheHighestNumberHeldIsTheSameAsFromAllAnswers() {
        assertEquals(1, RsvpPolicy.nextInLine((Long) null));
        assertEquals(6, RsvpPolicy.nextInLine(5L));
        Rsvp second = answered(2, RsvpResponse.YES, RsvpStatus.WAITLISTED, 2);
        Rsvp fifth = answered(5, RsvpResponse.YES, RsvpStatus.WAITLISTED, 5);
        assertEquals(RsvpPolicy.nextInLine(List.of(second, fifth)), RsvpPolicy.nextInLine(5L));
    }

    @Test
    void aWaitlistedMemberWhoAnswersYesAgainKeepsTheirPlace() {
        Rsvp waiting = answered(2, RsvpResponse.YES, RsvpStatus.WAITLISTED, 3);
        waiting.answer(RsvpResponse.YES, RsvpStatus.WAITLISTED, 9, "test", NOW);
        assertEquals(3L, waiting.getWaitlistPosition());
    }

    @Test
    void aFreedSeatGoesToTheLowestNumberInLineNotTheFirstRowRead() {
        Rsvp later = answered(7, RsvpResponse.YES, RsvpStatus.WAITLISTED, 4);
        Rsvp earlier = answered(8, RsvpResponse.YES, RsvpStatus.WAITLISTED, 2);
        Rsvp seated = answered(9, RsvpResponse.YES, RsvpStatus.CONFIRMED, 1);
        assertEquals(Optional.of(earlier), RsvpPolicy.firstInLine(List.of(seated, later, earlier)));
    }

    @Test
    void noOneIsPromotedWhenNobodyWaits() {
        Rsvp seated = answered(9, RsvpResponse.YES, RsvpStatus.CONFIRMED, 1);
        Rsvp maybe = answered(3, RsvpResponse.MAYBE, RsvpStatus.TENTATIVE, 1);
        assertEquals(Optional.empty(), RsvpPolicy.firstInLine(List.of(seated, maybe)));
    }

    @Test
    void aPromotedMemberLeavesTheLineAndTheNextWaitsFirst() {
        Rsvp first = answered(7, RsvpResponse.YES, RsvpStatus.WAITLISTED, 1);
        Rsvp second = answered(8, RsvpResponse.YES, RsvpStatus.WAITLISTED, 2);
        RsvpPolicy.firstInLine(List.of(first, second)).orElseThrow().promote(NOW);
        assertEquals(RsvpStatus.CONFIRMED, first.getStatus());
        assertEquals(Optional.of(second), RsvpPolicy.firstInLine(List.of(first, second)));
    }

    @Test
    void raisingTheCapacityPromotesTheWaitingInTheOrderOfTheirNumbersAsManyAsThereAreNewSeats() {
        List<Rsvp> answers = List.of(answered(1, RsvpResponse.YES, RsvpStatus.CONFIRMED, 1),
                answered(2, RsvpResponse.YES, RsvpStatus.CONFIRMED, 1),
                answered(3, RsvpResponse.YES, RsvpStatus.WAITLISTED, 3),
                answered(4, RsvpResponse.YES, RsvpStatus.WAITLISTED, 1),
                answered(5, RsvpResponse.YES, RsvpStatus.WAITLISTED, 2),
                answered(6, RsvpResponse.NO, RsvpStatus.DECLINED, 4));
        // 2 seats taken; the capacity goes from 2 to 4: the members holding numbers 1 and 2 get the new seats
        assertEquals(List.of(4L, 5L), RsvpPolicy.promotions(answers, 4).stream().map(Rsvp::getMemberId).toList());
        // and to 10: everyone waiting, still in order, nobody who declined
        assertEquals(List.of(4L, 5L, 3L), RsvpPolicy.promotions(answers, 10).stream().map(Rsvp::getMemberId).toList());
    }

    @Test
    void nobodyIsPromotedWhileEverySeatIsTakenOrTheCapacityWasLowered() {
        List<Rsvp> answers = List.of(answered(1, RsvpResponse.YES, RsvpStatus.CONFIRMED, 1),
                answered(2, RsvpResponse.YES, RsvpStatus.CONFIRMED, 1),
                answered(3, RsvpResponse.YES, RsvpStatus.WAITLISTED, 1));
        assertTrue(RsvpPolicy.promotions(answers, 2).isEmpty());
        assertTrue(RsvpPolicy.promotions(answers, 1).isEmpty());
    }

    @Test
    void aFreedSeatPromotesTheFirstInLineOnly() {
        List<Rsvp> answers = List.of(answered(1, RsvpResponse.YES, RsvpStatus.CONFIRMED, 1),
                answered(2, RsvpResponse.NO, RsvpStatus.DECLINED, 1),
                answered(3, RsvpResponse.YES, RsvpStatus.WAITLISTED, 2),
                answered(4, RsvpResponse.YES, RsvpStatus.WAITLISTED, 1));
        assertEquals(List.of(4L), RsvpPolicy.promotions(answers, 2).stream().map(Rsvp::getMemberId).toList());
    }
}
