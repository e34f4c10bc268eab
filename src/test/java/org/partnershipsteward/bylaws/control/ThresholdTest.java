package org.partnershipsteward.bylaws.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.partnershipsteward.bylaws.control.BylawsCodec;

class ThresholdTest {

    @Test
    void namedThresholdsMeanWhatTheBylawsSay() {
        assertEquals(new Threshold(1, 2, true), Threshold.SIMPLE_MAJORITY);
        assertEquals(new Threshold(2, 3, false), Threshold.TWO_THIRDS);
        assertEquals(new Threshold(1, 1, false), Threshold.UNANIMOUS);
    }

    @ParameterizedTest(name = "{0}/{1} strictlyMore={2}")
    @CsvSource({
            "1,0,true",   // no denominator
            "1,-2,false", // negative denominator
            "-1,2,true",  // negative share
            "3,2,false",  // more than the whole board
            "0,2,false",  // 'at least 0' approves with no approval
            "0,1,false",
            "1,1,true",   // 'more than all' can never be reached
            "2,2,true"})
    void unreasonableThresholdsAreRejected(int numerator, int denominator, boolean strictlyMore) {
        assertThrows(IllegalArgumentException.class, () -> new Threshold(numerator, denominator, strictlyMore));
    }

    @Test
    void moreThanNothingMeansAnySingleApprovalDecides() {
        MajorityRule anyOne = new MajorityRule(new Threshold(0, 1, true));
        assertEquals(1, anyOne.needed(1));
        assertEquals(1, anyOne.needed(9));
    }

    @Test
    void describeSaysTheShareOfSeatedMembers() {
        assertEquals("more than 1/2 of seated board members", Threshold.SIMPLE_MAJORITY.describe());
        assertEquals("at least 2/3 of seated board members", Threshold.TWO_THIRDS.describe());
    }

    @Test
    void shippedBylawsDecideBoardVotesByASimpleMajorityOfSeatedMembers() {
        assertEquals(Threshold.SIMPLE_MAJORITY, Threshold.of(BylawsCodec.tcspDefault()));
    }
}
