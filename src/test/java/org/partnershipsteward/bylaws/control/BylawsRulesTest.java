package org.partnershipsteward.bylaws.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.partnershipsteward.board.control.Threshold;
import org.partnershipsteward.eligibility.control.EligibilityRules;

class BylawsRulesTest {

    @Test
    void shippedBylawsYieldTheTestedTcspEligibilityRules() {
        assertEquals(EligibilityRules.tcspDefaults(), BylawsRules.eligibility(BylawsCodec.tcspDefault()));
    }

    @Test
    void shippedBylawsDecideBoardVotesByASimpleMajorityOfSeatedMembers() {
        assertEquals(Threshold.SIMPLE_MAJORITY, BylawsRules.majority(BylawsCodec.tcspDefault()));
    }
}
