package org.partnershipsteward.summit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
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
}
