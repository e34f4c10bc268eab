package org.partnershipsteward.board.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.partnershipsteward.board.control.RotationRules.Order;
import org.partnershipsteward.organization.entity.Sector;
import org.partnershipsteward.bylaws.control.BylawsCodec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RotationValuesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 1);

    @Test
    void tcspRotationRulesAreYearlyAlternatingWithSixMonthsTenureAndFiveTermsAhead() {
        assertEquals(new RotationRules(12, Order.ALTERNATE_SECTORS, 6, true, 5), RotationRules.tcspDefaults());
    }

    @Test
    void rotationRulesRejectNonsense() {
        assertThrows(IllegalArgumentException.class, () -> new RotationRules(0, Order.SEAT_ORDER, 0, true, 1));
        assertThrows(IllegalArgumentException.class, () -> new RotationRules(12, Order.SEAT_ORDER, -1, true, 1));
        assertThrows(IllegalArgumentException.class, () -> new RotationRules(12, Order.SEAT_ORDER, 0, true, 0));
        assertThrows(NullPointerException.class, () -> new RotationRules(12, null, 0, true, 1));
    }

    @Test
    void chairTermCannotEndBeforeItStartsButMayLastOneDay() {
        assertThrows(IllegalArgumentException.class, () -> new ChairTerm(1, 1, DAY, DAY.minusDays(1)));
        ChairTerm oneDay = new ChairTerm(1, 1, DAY, DAY);
        assertTrue(oneDay.covers(DAY));
        assertFalse(oneDay.covers(DAY.plusDays(1)));
        assertFalse(oneDay.covers(DAY.minusDays(1)));
    }

    @Test
    void seatWithoutHolderIsVacant() {
        assertTrue(new SeatHolding(1, "SHERIFF", Sector.PUBLIC, 1, null, null).vacant());
        assertFalse(new SeatHolding(1, "SHERIFF", Sector.PUBLIC, 1, 7L, DAY).vacant());
    }

    @Test
    void handOverEndsTheInterruptedTermTheDayBefore() {
        ChairTerm running = new ChairTerm(1, 1, DAY, DAY.plusMonths(12).minusDays(1));
        ChairHandover handover = new ChairHandover(running, DAY.plusDays(10), Optional.empty());
        assertEquals(new ChairTerm(1, 1, DAY, DAY.plusDays(9)), handover.endedTerm().orElseThrow());
        assertTrue(new ChairHandover(running, DAY, Optional.empty()).endedTerm().isEmpty());
    }

    @Test
    void planWithoutUpcomingTermsHasNoViceChairAndIsImmutable() {
        ChairTerm chair = new ChairTerm(1, 1, DAY, DAY.plusDays(5));
        List<ChairTerm> upcoming = new ArrayList<>();
        RotationPlan plan = new RotationPlan(Optional.of(chair), upcoming, Optional.empty());
        upcoming.add(chair);
        assertTrue(plan.viceChair().isEmpty());
        assertEquals(List.of(chair), plan.terms());
        assertThrows(UnsupportedOperationException.class, () -> plan.upcoming().add(chair));
    }

    @Test
    void shippedBylawsYieldTheTestedTcspRotation() {
        assertEquals(RotationRules.tcspDefaults(), RotationRules.of(BylawsCodec.tcspDefault(), 5));
    }
}
