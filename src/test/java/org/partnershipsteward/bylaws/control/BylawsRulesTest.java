package org.partnershipsteward.bylaws.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.partnershipsteward.board.control.RotationRules;
import org.partnershipsteward.board.control.SeatType;
import org.partnershipsteward.board.control.Threshold;
import org.partnershipsteward.summit.control.CadenceRules;
import org.partnershipsteward.eligibility.control.EligibilityRules;
import org.partnershipsteward.obligation.control.ObligationRules;

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

    @Test
    void shippedBylawsYieldTheTestedTcspObligations() {
        assertEquals(ObligationRules.tcspDefaults(), BylawsRules.obligations(BylawsCodec.tcspDefault()));
    }
}
