package org.partnershipsteward.summit.control;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.partnershipsteward.bylaws.control.BylawsCodec;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CadenceRulesTest {

    @Test
    void tcspCadenceIsTwoToThreeAYearHalfYearlyEightWeeksApartFourMonthsAhead() {
        assertEquals(new CadenceRules(2, 3, 6, 8, 4), CadenceRules.tcspDefaults());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 6, 12})
    void periodsThatDivideTheYearAreAccepted(int months) {
        assertDoesNotThrow(() -> new CadenceRules(2, 3, months, 8, 4));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 5, 7, 8, 24, -6})
    void periodsThatDoNotDivideTheYearAreRejected(int months) {
        assertThrows(IllegalArgumentException.class, () -> new CadenceRules(2, 3, months, 8, 4));
    }

    @Test
    void maximumBelowMinimumIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new CadenceRules(3, 2, 6, 8, 4));
    }

    @Test
    void maximumOfZeroIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new CadenceRules(0, 0, 6, 8, 4));
    }

    @Test
    void negativeNumbersAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new CadenceRules(-1, 3, 6, 8, 4));
        assertThrows(IllegalArgumentException.class, () -> new CadenceRules(2, 3, 6, -1, 4));
        assertThrows(IllegalArgumentException.class, () -> new CadenceRules(2, 3, 6, 8, -1));
    }

    @Test
    void shippedBylawsYieldTheTestedTcspCadence() {
        assertEquals(CadenceRules.tcspDefaults(), CadenceRules.of(BylawsCodec.tcspDefault()));
    }
}
