package org.partnershipsteward.summit.control;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.partnershipsteward.summit.control.CadenceWarning.NEXT_NOT_SCHEDULED;
import static org.partnershipsteward.summit.control.CadenceWarning.PERIOD_WITHOUT_SUMMIT;
import static org.partnershipsteward.summit.control.CadenceWarning.TOO_CLOSE;
import static org.partnershipsteward.summit.control.CadenceWarning.TOO_FEW_PER_YEAR;
import static org.partnershipsteward.summit.control.CadenceWarning.TOO_MANY_PER_YEAR;

class CadencePolicyTest {

    private static final CadenceRules TCSP = CadenceRules.tcspDefaults();
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);

    private static long ids;

    private static PlannedSummit on(String date) {
        return new PlannedSummit(++ids, LocalDate.parse(date), false);
    }

    private static PlannedSummit cancelled(String date) {
        return new PlannedSummit(++ids, LocalDate.parse(date), true);
    }

    private static CadencePolicy policy(LocalDate today) {
        return new CadencePolicy(Clock.fixed(today.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    }

    private static List<CadenceWarning> check(String today, CadenceRules rules, PlannedSummit... summits) {
        return policy(LocalDate.parse(today)).check(Arrays.asList(summits), rules);
    }

    private static List<CadenceWarning> check(String today, PlannedSummit... summits) {
        return check(today, TCSP, summits);
    }

    private static List<String> rules(List<CadenceWarning> warnings) {
        return warnings.stream().map(CadenceWarning::rule).toList();
    }

    private static List<CadenceWarning> only(String rule, List<CadenceWarning> warnings) {
        return warnings.stream().filter(w -> w.rule().equals(rule)).toList();
    }

    private static void assertMentions(CadenceWarning warning, String... parts) {
        for (String part : parts) {
            assertTrue(warning.message().contains(part), "'" + part + "' missing from: " + warning.message());
        }
    }

    @Test
    void planOfTwoSummitsAYearOneEachHalfYearWellApartHasNoWarning() {
        assertEquals(List.of(), check("2026-03-15", on("2026-04-20"), on("2026-10-19")));
    }

    @Test
    void warningsComeYearsFirstThenPeriodsThenSpacing() {
        List<CadenceWarning> warnings = check("2026-03-15", on("2026-01-10"), on("2026-03-01"), on("2026-04-01"),
                on("2026-05-01"), on("2027-08-01"));
        assertEquals(List.of(TOO_MANY_PER_YEAR, TOO_FEW_PER_YEAR, PERIOD_WITHOUT_SUMMIT, PERIOD_WITHOUT_SUMMIT,
                TOO_CLOSE, TOO_CLOSE, TOO_CLOSE), rules(warnings));
        assertMentions(warnings.get(0), "2026");
        assertMentions(warnings.get(1), "2027");
        assertMentions(warnings.get(2), "2026-H2");
        assertMentions(warnings.get(3), "2027-H1");
    }

    @Nested
    class SummitsPerYear {

        @Test
        void oneSummitInTheCurrentYearIsTooFew() {
            List<CadenceWarning> warnings = check("2026-03-15", on("2026-04-20"));
            assertEquals(List.of(TOO_FEW_PER_YEAR), rules(warnings));
            assertMentions(warnings.get(0), "2026 has 1 summit", "at least 2");
        }

        @Test
        void summitsAlreadyHeldThisYearCountTowardsTheMinimum() {
            assertEquals(List.of(), check("2026-09-01", on("2026-02-10"), on("2026-10-05")));
        }

        @Test
        void emptyCalendarWarnsForTheCurrentYearPeriodAndNextSummit() {
            List<CadenceWarning> warnings = check("2026-03-15");
            assertEquals(List.of(TOO_FEW_PER_YEAR, PERIOD_WITHOUT_SUMMIT, NEXT_NOT_SCHEDULED), rules(warnings));
            assertMentions(warnings.get(0), "2026 has 0 summits");
        }

        @Test
        void pastYearsAreHistoryAndNotJudged() {
            List<CadenceWarning> warnings = check("2026-03-15", on("2025-05-01"), on("2026-04-20"),
                    on("2026-10-19"));
            assertEquals(List.of(), warnings, "2025 had only one summit, but it is over");
        }

        @Test
        void yearWithoutSummitBetweenPlannedYearsIsTooFew() {
            List<CadenceWarning> warnings = check("2026-03-15", on("2026-04-10"), on("2026-10-10"),
                    on("2028-04-10"), on("2028-10-10"));
            List<CadenceWarning> tooFew = only(TOO_FEW_PER_YEAR, warnings);
            assertEquals(1, tooFew.size());
            assertMentions(tooFew.get(0), "2027 has 0 summits");
            assertEquals(2, only(PERIOD_WITHOUT_SUMMIT, warnings).size(), "2027-H1 and 2027-H2");
        }

        @Test
        void laterYearWithOnePlannedSummitIsTooFew() {
            List<CadenceWarning> warnings = check("2026-03-15", on("2026-04-10"), on("2026-10-10"),
                    on("2027-04-10"));
            assertEquals(List.of(TOO_FEW_PER_YEAR), rules(warnings));
            assertMentions(warnings.get(0), "2027 has 1 summit");
        }

        @Test
        void zeroMinimumNeverWarnsTooFew() {
            CadenceRules noMinimum = new CadenceRules(0, 3, 12, 8, 4);
            assertTrue(only(TOO_FEW_PER_YEAR, check("2026-03-15", noMinimum)).isEmpty());
        }

        @Test
        void fourSummitsInAYearAreTooMany() {
            List<CadenceWarning> warnings = check("2026-03-15", on("2026-01-10"), on("2026-04-10"),
                    on("2026-07-10"), on("2026-10-10"));
            assertEquals(List.of(TOO_MANY_PER_YEAR), rules(warnings));
            assertMentions(warnings.get(0), "2026 has 4 summits", "at most 3");
        }

        @Test
        void threeSummitsInAYearAreAllowed() {
            assertEquals(List.of(), check("2026-03-15", on("2026-04-10"), on("2026-07-10"), on("2026-10-10")));
        }

        @Test
        void tooManyInALaterYearIsCaught() {
            List<CadenceWarning> warnings = check("2026-03-15", on("2026-04-10"), on("2026-10-10"),
                    on("2027-01-10"), on("2027-04-10"), on("2027-07-10"), on("2027-10-10"));
            assertEquals(List.of(TOO_MANY_PER_YEAR), rules(warnings));
            assertMentions(warnings.get(0), "2027");
        }

        @Test
        void cancelledSummitsDoNotCountTowardsTheMaximum() {
            assertEquals(List.of(), check("2026-03-15", on("2026-01-10"), on("2026-04-10"),
                    cancelled("2026-07-10"), on("2026-10-10")));
        }

        @Test
        void cancelledSummitsDoNotCountTowardsTheMinimum() {
            List<CadenceWarning> warnings = check("2026-03-15", on("2026-04-20"), cancelled("2026-10-19"));
            assertEquals(List.of(TOO_FEW_PER_YEAR), rules(warnings));
            assertMentions(warnings.get(0), "2026 has 1 summit");
        }

        @Test
        void summitOnNewYearsEveAndNewYearsDayCountInTheirOwnYears() {
            List<CadenceWarning> warnings = check("2026-03-15", on("2026-04-10"), on("2026-12-31"),
                    on("2027-01-01"), on("2027-09-01"));
            assertTrue(only(TOO_FEW_PER_YEAR, warnings).isEmpty());
            assertTrue(only(TOO_MANY_PER_YEAR, warnings).isEmpty());
        }
    }

    @Nested
    class Periods {

        @Test
        void halfYearWithoutSummitIsNamedWithItsDates() {
            List<CadenceWarning> warnings = check("2026-03-15", on("2026-04-10"), on("2026-06-10"),
                    on("2027-01-20"), on("2027-09-01"));
            List<CadenceWarning> empty = only(PERIOD_WITHOUT_SUMMIT, warnings);
            assertEquals(1, empty.size());
            assertMentions(empty.get(0), "2026-H2", "2026-07-01 to 2026-12-31");
        }

        @Test
        void summitHeldEarlierInTheCurrentPeriodCounts() {
            assertTrue(only(PERIOD_WITHOUT_SUMMIT, check("2026-05-01", on("2026-02-01"), on("2026-09-01"))).isEmpty());
        }

        @Test
        void pastPeriodsOfTheCurrentYearAreHistory() {
            assertEquals(List.of(), check("2026-08-01", on("2026-09-10"), on("2026-11-20")));
        }

        @Test
        void periodsAfterTheLastPlannedSummitAreNotYetJudged() {
            List<CadenceWarning> warnings = check("2026-03-15", on("2026-04-10"));
            assertTrue(only(PERIOD_WITHOUT_SUMMIT, warnings).isEmpty());
        }

        @Test
        void currentPeriodWithoutSummitIsJudgedEvenWhenNothingIsPlanned() {
            List<CadenceWarning> warnings = check("2026-12-31", on("2026-03-01"));
            List<CadenceWarning> empty = only(PERIOD_WITHOUT_SUMMIT, warnings);
            assertEquals(1, empty.size());
            assertMentions(empty.get(0), "2026-H2");
        }

        @Test
        void lastDayOfAPeriodBelongsToIt() {
            List<CadenceWarning> warnings = check("2026-03-15", on("2026-06-30"), on("2026-12-31"));
            assertTrue(only(PERIOD_WITHOUT_SUMMIT, warnings).isEmpty());
            List<CadenceWarning> missed = check("2026-03-15", on("2026-07-01"), on("2026-12-31"));
            assertMentions(only(PERIOD_WITHOUT_SUMMIT, missed).get(0), "2026-H1");
        }

        @Test
        void quarterlyPeriodsAreCheckedAndLabelledAsQuarters() {
            CadenceRules quarterly = new CadenceRules(2, 4, 3, 8, 4);
            List<CadenceWarning> warnings = check("2026-01-05", quarterly, on("2026-02-01"), on("2026-08-01"));
            List<CadenceWarning> empty = only(PERIOD_WITHOUT_SUMMIT, warnings);
            assertEquals(1, empty.size());
            assertMentions(empty.get(0), "2026-Q2", "2026-04-01 to 2026-06-30");
        }

        @Test
        void yearlyPeriodSpansTheCalendarYear() {
            CadenceRules yearly = new CadenceRules(1, 3, 12, 8, 4);
            List<CadenceWarning> warnings = check("2026-01-05", yearly, on("2027-06-01"));
            List<CadenceWarning> empty = only(PERIOD_WITHOUT_SUMMIT, warnings);
            assertEquals(1, empty.size());
            assertMentions(empty.get(0), "No summit in 2026 (2026-01-01 to 2026-12-31)");
        }

        @Test
        void periodStartIsCountedFromJanuary() {
            CadenceRules half = TCSP;
            assertEquals(LocalDate.of(2026, 7, 1), CadencePolicy.periodStart(LocalDate.of(2026, 12, 31), half));
            assertEquals(LocalDate.of(2026, 1, 1), CadencePolicy.periodStart(LocalDate.of(2026, 6, 30), half));
            assertEquals(LocalDate.of(2026, 7, 1), CadencePolicy.periodStart(LocalDate.of(2026, 7, 1), half));
            CadenceRules fourMonthly = new CadenceRules(2, 3, 4, 8, 4);
            assertEquals(LocalDate.of(2028, 1, 1), CadencePolicy.periodStart(LocalDate.of(2028, 2, 29), fourMonthly));
            assertEquals(LocalDate.of(2028, 9, 1), CadencePolicy.periodStart(LocalDate.of(2028, 12, 1), fourMonthly));
        }

        @Test
        void periodLabelsFollowTheComplianceFormat() {
            LocalDate july = LocalDate.of(2026, 7, 1);
            assertEquals("2026-H2", CadencePolicy.label(july, TCSP));
            assertEquals("2026-Q3", CadencePolicy.label(july, new CadenceRules(2, 3, 3, 8, 4)));
            assertEquals("2026", CadencePolicy.label(LocalDate.of(2026, 1, 1), new CadenceRules(2, 3, 12, 8, 4)));
            assertEquals("2026-07", CadencePolicy.label(july, new CadenceRules(2, 3, 1, 8, 4)));
            assertEquals("2026-P4", CadencePolicy.label(july, new CadenceRules(2, 3, 2, 8, 4)));
            assertEquals("2026-P3", CadencePolicy.label(LocalDate.of(2026, 9, 1), new CadenceRules(2, 3, 4, 8, 4)));
        }
    }

    @Nested
    class Spacing {

        @Test
        void summitsSevenWeeksApartAreTooClose() {
            List<CadenceWarning> close = only(TOO_CLOSE, check("2026-03-15", on("2026-04-01"), on("2026-05-20")));
            assertEquals(1, close.size());
            assertMentions(close.get(0), "2026-04-01", "2026-05-20", "49 days", "8 weeks (56 days)");
        }

        @Test
        void summitsExactlyEightWeeksApartAreFine() {
            assertTrue(only(TOO_CLOSE, check("2026-03-15", on("2026-04-01"), on("2026-05-27"))).isEmpty());
        }

        @Test
        void tooCloseAcrossTheNewYearIsCaught() {
            List<CadenceWarning> close = only(TOO_CLOSE, check("2026-01-05", on("2025-12-10"), on("2026-01-20")));
            assertEquals(1, close.size());
            assertMentions(close.get(0), "2025-12-10", "2026-01-20", "41 days");
        }

        @Test
        void tooClosePairWithinAPastYearIsHistory() {
            assertTrue(only(TOO_CLOSE, check("2026-03-15", on("2025-05-01"), on("2025-05-15"))).isEmpty());
        }

        @Test
        void leapDayCountsInTheDaysBetween() {
            assertTrue(only(TOO_CLOSE, check("2028-01-01", on("2028-01-05"), on("2028-03-01"))).isEmpty(),
                    "56 days in a leap year");
            assertEquals(1, only(TOO_CLOSE, check("2027-01-01", on("2027-01-05"), on("2027-03-01"))).size(),
                    "55 days otherwise");
        }

        @Test
        void twoSummitsOnTheSameDayAreTooClose() {
            List<CadenceWarning> close = only(TOO_CLOSE, check("2026-03-15", on("2026-04-01"), on("2026-04-01")));
            assertEquals(1, close.size());
            assertMentions(close.get(0), "0 days");
        }

        @Test
        void summitsOnConsecutiveDaysSayOneDay() {
            List<CadenceWarning> close = only(TOO_CLOSE, check("2026-03-15", on("2026-04-01"), on("2026-04-02")));
            assertMentions(close.get(0), "are 1 day apart");
        }

        @Test
        void onlyConsecutiveSummitsAreCompared() {
            List<CadenceWarning> close = only(TOO_CLOSE, check("2026-03-15", on("2026-04-01"), on("2026-05-01"),
                    on("2026-05-31")));
            assertEquals(2, close.size());
            assertMentions(close.get(0), "2026-04-01 and 2026-05-01");
            assertMentions(close.get(1), "2026-05-01 and 2026-05-31");
        }

        @Test
        void summitsAreComparedInDateOrderWhateverTheInputOrder() {
            List<CadenceWarning> close = only(TOO_CLOSE, check("2026-03-15", on("2026-10-01"), on("2026-04-01"),
                    on("2026-04-15")));
            assertEquals(1, close.size());
            assertMentions(close.get(0), "2026-04-01 and 2026-04-15");
        }

        @Test
        void cancelledSummitIsNotTooCloseToAnything() {
            assertTrue(only(TOO_CLOSE, check("2026-03-15", on("2026-04-01"), cancelled("2026-04-08"),
                    on("2026-10-01"))).isEmpty());
        }

        @Test
        void zeroWeeksAllowsSummitsOnTheSameDay() {
            CadenceRules noSpacing = new CadenceRules(2, 3, 6, 0, 4);
            assertTrue(only(TOO_CLOSE, check("2026-03-15", noSpacing, on("2026-04-01"), on("2026-04-01"))).isEmpty());
        }
    }

    @Nested
    class NextSummit {

        @Test
        void nothingScheduledAndTheCurrentPeriodDueWithinFourMonthsWarns() {
            List<CadenceWarning> next = only(NEXT_NOT_SCHEDULED, check("2026-03-15", on("2025-11-01")));
            assertEquals(1, next.size());
            assertMentions(next.get(0), "after 2026-03-15", "due by 2026-06-30", "2026-H1", "4 months");
        }

        @Test
        void nothingScheduledButTheDueDateFarAwayDoesNotWarnYet() {
            assertTrue(only(NEXT_NOT_SCHEDULED, check("2026-01-10", on("2025-11-01"))).isEmpty());
        }

        @Test
        void dueDateExactlyFourMonthsAheadWarns() {
            assertEquals(1, only(NEXT_NOT_SCHEDULED, check("2026-08-31", on("2026-04-10"))).size());
            assertTrue(only(NEXT_NOT_SCHEDULED, check("2026-08-30", on("2026-04-10"))).isEmpty());
        }

        @Test
        void summitHeldInTheCurrentPeriodMovesTheDueDateToTheNextPeriod() {
            assertTrue(only(NEXT_NOT_SCHEDULED, check("2026-04-20", on("2026-04-10"))).isEmpty());
        }

        @Test
        void summitTodayIsHeldNotUpcoming() {
            List<CadenceWarning> next = only(NEXT_NOT_SCHEDULED, check("2026-10-01", on("2026-10-01")));
            assertTrue(next.isEmpty(), "due by 2027-06-30");
            List<CadenceWarning> later = only(NEXT_NOT_SCHEDULED, check("2027-03-01", on("2026-10-01")));
            assertEquals(1, later.size());
            assertMentions(later.get(0), "due by 2027-06-30", "2027-H1");
            CadenceRules yearAhead = new CadenceRules(2, 3, 6, 8, 12);
            assertEquals(1, only(NEXT_NOT_SCHEDULED, check("2026-10-01", yearAhead, on("2026-10-01"))).size(),
                    "today's summit does not schedule the next one");
        }

        @Test
        void dueDateRollsOverTheNewYear() {
            List<CadenceWarning> next = only(NEXT_NOT_SCHEDULED, check("2026-12-20", on("2026-12-01")));
            assertTrue(next.isEmpty());
            CadenceRules sixAhead = new CadenceRules(2, 3, 6, 8, 6);
            List<CadenceWarning> early = only(NEXT_NOT_SCHEDULED, check("2026-12-31", sixAhead, on("2026-12-01")));
            assertEquals(1, early.size());
            assertMentions(early.get(0), "due by 2027-06-30", "2027-H1");
        }

        @Test
        void cancelledUpcomingSummitIsNotScheduled() {
            assertEquals(1, only(NEXT_NOT_SCHEDULED, check("2026-03-15", cancelled("2026-05-01"))).size());
        }

        @Test
        void anyUpcomingSummitMeansTheNextIsScheduled() {
            assertTrue(only(NEXT_NOT_SCHEDULED, check("2026-06-20", on("2026-06-25"))).isEmpty());
        }

        @Test
        void zeroMonthsAheadWarnsOnlyOnTheDueDay() {
            CadenceRules justInTime = new CadenceRules(2, 3, 6, 8, 0);
            assertTrue(only(NEXT_NOT_SCHEDULED, check("2026-06-29", justInTime)).isEmpty());
            assertEquals(1, only(NEXT_NOT_SCHEDULED, check("2026-06-30", justInTime)).size());
        }
    }

    @Nested
    class Proposals {

        @Test
        void proposedDateIsJudgedAsIfPlanned() {
            List<PlannedSummit> plan = List.of(on("2026-04-01"), on("2026-10-01"));
            assertEquals(List.of(), policy(TODAY).check(plan, TCSP));
            List<CadenceWarning> withProposal = policy(TODAY).checkProposal(plan, TCSP, LocalDate.parse("2026-04-20"));
            assertEquals(List.of(TOO_CLOSE), rules(withProposal));
            assertMentions(withProposal.get(0), "2026-04-01 and 2026-04-20");
        }

        @Test
        void proposalThatFillsTheEmptyPeriodClearsItsWarnings() {
            List<PlannedSummit> plan = List.of(on("2025-11-01"));
            assertTrue(rules(policy(TODAY).check(plan, TCSP)).contains(PERIOD_WITHOUT_SUMMIT));
            List<CadenceWarning> warnings = policy(TODAY).checkProposal(plan, TCSP, LocalDate.parse("2026-05-12"));
            assertEquals(List.of(TOO_FEW_PER_YEAR), rules(warnings));
        }

        @Test
        void fourthSummitProposedInAYearIsTooMany() {
            List<PlannedSummit> plan = List.of(on("2026-01-10"), on("2026-05-10"), on("2026-09-10"));
            List<CadenceWarning> warnings = policy(TODAY).checkProposal(plan, TCSP, LocalDate.parse("2026-12-01"));
            assertEquals(List.of(TOO_MANY_PER_YEAR), rules(warnings));
        }

        @Test
        void proposalOnTheDateOfACancelledSummitIsNotTooClose() {
            List<PlannedSummit> plan = List.of(cancelled("2026-04-01"), on("2026-10-01"));
            assertEquals(List.of(), policy(TODAY).checkProposal(plan, TCSP, LocalDate.parse("2026-04-01")));
        }

        @Test
        void proposalWithExplicitTodayIgnoresTheClock() {
            CadencePolicy someOtherDay = policy(LocalDate.of(2030, 1, 1));
            List<CadenceWarning> warnings = someOtherDay.checkProposal(List.of(on("2026-10-01")), TCSP, TODAY,
                    LocalDate.parse("2026-04-01"));
            assertEquals(List.of(), warnings);
        }
    }

    @Nested
    class Clocks {

        @Test
        void checkWithoutTodayTakesTheDateInTheClocksZone() {
            ZoneId chicago = ZoneId.of("America/Chicago");
            Clock newYearsEve = Clock.fixed(LocalDateTime.of(2026, 12, 31, 22, 0).atZone(chicago).toInstant(), chicago);
            List<CadenceWarning> warnings = new CadencePolicy(newYearsEve).check(List.of(on("2026-04-10"),
                    on("2026-10-10")), TCSP);
            assertEquals(List.of(), warnings, "still 2026 in Chicago, 2027 in UTC would warn");
        }

        @Test
        void explicitTodayOverridesTheClock() {
            List<CadenceWarning> warnings = policy(LocalDate.of(2030, 1, 1)).check(List.of(on("2026-04-10"),
                    on("2026-10-10")), TCSP, TODAY);
            assertEquals(List.of(), warnings);
        }
    }
}
