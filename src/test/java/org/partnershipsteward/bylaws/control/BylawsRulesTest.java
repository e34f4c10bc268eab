package org.partnershipsteward.bylaws.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.partnershipsteward.board.control.RotationRules;
import org.partnershipsteward.board.control.SeatType;
import org.partnershipsteward.board.control.Threshold;
import org.partnershipsteward.summit.control.CadenceRules;
import org.partnershipsteward.eligibility.control.EligibilityRules;

class BylawsRulesTest {

    @Test
    void shippedBylawsYieldTheTestedTcspEligibilityRules() {
        assertEquals(EligibilityRules.tcspDefaults(), BylawsRules.eligibility(BylawsCodec.tcspDefault()));
    }

    @Test
    void shippedBylawsYieldTheTestedTcspSeatTypesRotationAndCadence() {
        var tcsp = BylawsCodec.tcspDefault();
        assertEquals(SeatType.tcspDefaults(), BylawsRules.seatTypes(tcsp));
        assertEquals(RotationRules.tcspDefaults(), BylawsRules.rotation(tcsp, 5));
        assertEquals(CadenceRules.tcspDefaults(), BylawsRules.cadence(tcsp));
    }

    @Test
    void shippedBylawsDecideBoardVotesByASimpleMajorityOfSeatedMembers() {
        assertEquals(Threshold.SIMPLE_MAJORITY, BylawsRules.majority(BylawsCodec.tcspDefault()));
    }
}
