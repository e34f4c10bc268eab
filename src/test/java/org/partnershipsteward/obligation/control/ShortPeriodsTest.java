package org.partnershipsteward.obligation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.partnershipsteward.platform.time.Period;

class ShortPeriodsTest {

    private static final Period H1_2026 = new Period(2026, 1, 6);

    @Test
    void aMemberNotShortInThePeriodHasNoShortPeriodsInARow() {
        assertEquals(0, ShortPeriods.inARow(H1_2026, Set.of("2025-H2", "2025-H1")));
    }

    @Test
    void shortPeriodsAreCountedBackFromThePeriodAcrossTheYear() {
        assertEquals(3, ShortPeriods.inARow(H1_2026, Set.of("2026-H1", "2025-H2", "2025-H1")));
    }

    @Test
    void aPeriodNotShortBreaksTheRow() {
        assertEquals(1, ShortPeriods.inARow(H1_2026, Set.of("2026-H1", "2025-H1", "2024-H2")));
    }

    @Test
    void quartersAreCountedAsQuarters() {
        assertEquals(2, ShortPeriods.inARow(new Period(2026, 1, 3), Set.of("2026-Q1", "2025-Q4", "2025-H2")));
    }
}
