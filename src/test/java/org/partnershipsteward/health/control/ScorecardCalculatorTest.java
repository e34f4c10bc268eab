package org.partnershipsteward.health.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.partnershipsteward.membership.control.RosterPolicy;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.partnershipsteward.health.control.Facts.All;
import org.partnershipsteward.health.control.Facts.OrganizationFact;
import org.partnershipsteward.health.control.Facts.SeatFact;
import org.partnershipsteward.health.control.Facts.TenureFact;

/** The card as a whole: every ingredient measured, trends per half-year, "now" taken from the right place. */
class ScorecardCalculatorTest {

    private static ScorecardCalculator.Scorecard card() {
        All facts = new All(HealthMeasuresTest.MEMBERS, HealthMeasuresTest.SUMMITS,
                List.of(new TenureFact(1, LocalDate.parse("2024-01-01"), null)),
                List.of(new SeatFact(true, true), new SeatFact(true, false)),
                List.of(new OrganizationFact(10, true, true)), 1, List.of(), List.of(), LocalDate.parse("2019-01-01"), 2, List.of(),
                List.of(new RosterPolicy.Entry(true, HealthMeasuresTest.TODAY.minusMonths(2)), new RosterPolicy.Entry(false, null)),
                List.of(new Facts.DrillFact(HealthMeasuresTest.TODAY.minusDays(3), 6.5, 42.0)));
        return new ScorecardCalculator(facts, HealthMeasuresTest.TODAY, 4).compute();
    }

    private static Map<String, Measure> byKey() {
        return card().measures().stream().collect(Collectors.toMap(Measure::key, Function.identity()));
    }

    @Test
    void everyKeyIngredientHasAtLeastOneMeasureWithAnExplanation() {
        var card = card();
        assertEquals(EnumSet.allOf(Ingredient.class), card.measures().stream().map(Measure::ingredient)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Ingredient.class))));
        assertTrue(card.measures().stream().allMatch(m -> m.explanation().length() > 20));
        assertEquals(List.of("2025 H1", "2025 H2", "2026 H1", "2026 H2"), card.periods());
    }

    @Test
    void theLatestDrillsAcknowledgementTimesAreResiliencyMeasures() {
        Measure half = byKey().get("drill-half-acknowledged");
        Measure all = byKey().get("drill-all-acknowledged");
        assertEquals(Ingredient.RESILIENCY, half.ingredient());
        assertEquals(6.5, half.value());
        assertEquals("6.5 min", half.display());
        assertEquals(42.0, all.value());
        assertEquals("42 min", all.display());
    }

    @Test
    void aPerPeriodMeasureHasOnePointPerHalfYearAndNowIsTheLatestWithAValue() {
        Measure executive = byKey().get("executive-attendees");
        assertEquals(4, executive.trend().size());
        assertNull(executive.trend().get(0).value());
        assertEquals(75.0, executive.trend().get(2).value());
        assertEquals(50.0, executive.value());
        assertEquals("50 %", executive.display());
    }

    @Test
    void aStateMeasureIsTakenOnEachHalfYearsLastDay() {
        Measure publicShare = byKey().get("public-sector-share");
        // 30 Jun 2026: members 1, 2, 3, 4 belong -> 2 of 4 public
        assertEquals(50.0, publicShare.trend().get(2).value());
        assertEquals(50.0, publicShare.value());
    }

    @Test
    void resiliencyAndFoundingAreTodaysStateOnly() {
        Map<String, Measure> m = byKey();
        assertEquals(50.0, m.get("seats-with-alternate").value());
        assertEquals(1, m.get("seats-with-alternate").trend().size());
        assertEquals("no", m.get("secretariat-backup").display());
        assertEquals(144.0, m.get("days-to-next-summit").value());
        assertEquals("7.9 years", m.get("years-since-founding").display());
    }
}
