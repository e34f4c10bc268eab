package org.partnershipsteward.board.control;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.partnershipsteward.board.control.RotationRules.Order;
import org.partnershipsteward.organization.entity.Sector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.partnershipsteward.organization.entity.Sector.PRIVATE;
import static org.partnershipsteward.organization.entity.Sector.PUBLIC;

class ChairRotationPolicyTest {

    private static final long A = 101;
    private static final long B = 102;
    private static final long C = 103;
    private static final long D = 104;
    private static final long E = 105;
    private static final long N = 110;
    private static final long X = 120;

    private static final LocalDate LONG_AGO = LocalDate.of(2015, 1, 1);
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);
    private static final RotationRules TCSP = RotationRules.tcspDefaults();

    private static SeatHolding seat(long seatId, Sector sector, int order, Long holder, LocalDate since) {
        return new SeatHolding(seatId, sector == PUBLIC ? "POLICE_CHIEF" : "PRIVATE_SECTOR_EXECUTIVE", sector, order,
                holder, since);
    }

    private static SeatHolding pub(long seatId, Long holder) {
        return seat(seatId, PUBLIC, (int) seatId, holder, holder == null ? null : LONG_AGO);
    }

    private static SeatHolding priv(long seatId, Long holder) {
        return seat(seatId, PRIVATE, (int) seatId, holder, holder == null ? null : LONG_AGO);
    }

    private static ChairTerm term(long member, long seatId, String from, String to) {
        return new ChairTerm(member, seatId, LocalDate.parse(from), LocalDate.parse(to));
    }

    private static RotationPlan plan(LocalDate today, RotationRules rules, List<ChairTerm> history,
            SeatHolding... seats) {
        Clock clock = Clock.fixed(today.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        return new ChairRotationPolicy(clock).plan(List.of(seats), history, rules);
    }

    private static RotationPlan plan(SeatHolding... seats) {
        return plan(TODAY, TCSP, List.of(), seats);
    }

    private static List<Long> chairs(RotationPlan plan) {
        return plan.terms().stream().map(ChairTerm::memberId).toList();
    }

    private static void assertNoOneChairsTwiceInARow(RotationPlan plan) {
        List<ChairTerm> terms = plan.terms();
        for (int i = 1; i < terms.size(); i++) {
            assertNotEquals(terms.get(i - 1).memberId(), terms.get(i).memberId(), "terms " + (i - 1) + " and " + i);
        }
    }

    private static void assertBackToBack(RotationPlan plan) {
        List<ChairTerm> terms = plan.terms();
        for (int i = 1; i < terms.size(); i++) {
            assertEquals(terms.get(i - 1).to().plusDays(1), terms.get(i).from(), "gap or overlap before term " + i);
        }
    }

    @Nested
    class EmptyAndNewBoards {

        @Test
        void emptyBoardHasNoChairNoViceChairAndNoException() {
            RotationPlan plan = plan();
            assertTrue(plan.chair().isEmpty());
            assertTrue(plan.viceChair().isEmpty());
            assertTrue(plan.upcoming().isEmpty());
            assertTrue(plan.handover().isEmpty());
            assertTrue(plan.terms().isEmpty());
        }

        @Test
        void boardOfVacantSeatsHasNoChair() {
            RotationPlan plan = plan(pub(1, null), priv(2, null));
            assertTrue(plan.chair().isEmpty());
            assertTrue(plan.upcoming().isEmpty());
        }

        @Test
        void newBoardGetsAChairFromTodayForOneTerm() {
            RotationPlan plan = plan(pub(1, A), priv(2, C));
            assertEquals(term(A, 1, "2026-03-01", "2027-02-28"), plan.chair().orElseThrow());
        }

        @Test
        void planListsPlanTermsMoreTermsBackToBackAfterTheCurrentOne() {
            RotationPlan plan = plan(pub(1, A), pub(2, B), priv(3, C), priv(4, D));
            assertEquals(5, plan.upcoming().size());
            assertBackToBack(plan);
            for (int k = 0; k < 5; k++) {
                ChairTerm term = plan.upcoming().get(k);
                assertEquals(LocalDate.of(2027 + k, 3, 1), term.from());
                assertEquals(LocalDate.of(2028 + k, 3, 1).minusDays(1), term.to());
            }
            assertEquals(LocalDate.of(2028, 2, 29), plan.upcoming().get(0).to(), "2028 is a leap year");
        }

        @Test
        void viceChairIsTheChairOfTheNextTerm() {
            RotationPlan plan = plan(pub(1, A), priv(2, C));
            assertEquals(plan.upcoming().get(0), plan.viceChair().orElseThrow());
            assertEquals(C, plan.viceChair().orElseThrow().memberId());
        }

        @Test
        void brandNewBoardWaivesTenureRatherThanLeaveTheChairEmpty() {
            RotationPlan plan = plan(seat(1, PUBLIC, 1, A, TODAY), seat(2, PRIVATE, 2, C, TODAY));
            assertEquals(List.of(A, C, A, C, A, C), chairs(plan));
        }
    }

    @Nested
    class TermDates {

        @Test
        void termStartingOnLeapDayEndsTheDayBeforeTheNextTermOnFebruary28() {
            RotationPlan plan = plan(LocalDate.of(2028, 2, 29), TCSP, List.of(), pub(1, A), priv(2, C));
            assertEquals(LocalDate.of(2029, 2, 27), plan.chair().orElseThrow().to());
            assertEquals(LocalDate.of(2029, 2, 28), plan.upcoming().get(0).from());
            assertEquals(LocalDate.of(2030, 2, 27), plan.upcoming().get(0).to());
            assertBackToBack(plan);
        }

        @Test
        void monthlyTermsKeepTheirAnchorDayAcrossShortMonthsAndTheNewYear() {
            RotationRules monthly = new RotationRules(1, Order.ALTERNATE_SECTORS, 0, true, 5);
            RotationPlan plan = plan(LocalDate.of(2025, 12, 31), monthly, List.of(), pub(1, A), priv(2, C));
            assertEquals(term(A, 1, "2025-12-31", "2026-01-30"), plan.chair().orElseThrow());
            assertEquals(List.of(LocalDate.of(2026, 1, 31), LocalDate.of(2026, 2, 28), LocalDate.of(2026, 3, 31),
                    LocalDate.of(2026, 4, 30), LocalDate.of(2026, 5, 31)),
                    plan.upcoming().stream().map(ChairTerm::from).toList());
            assertBackToBack(plan);
        }

        @Test
        void planTermsSetsHowManyTermsFollowTheCurrentOne() {
            RotationRules two = new RotationRules(12, Order.ALTERNATE_SECTORS, 6, true, 2);
            assertEquals(2, plan(TODAY, two, List.of(), pub(1, A), priv(2, C)).upcoming().size());
        }
    }

    @Nested
    class Ordering {

        @Test
        void alternatingSectorsSwitchesSectorEveryTermStartingWithTheFirstSeat() {
            RotationPlan plan = plan(pub(1, A), pub(2, B), priv(3, C), priv(4, D));
            assertEquals(List.of(A, C, B, D, A, C), chairs(plan));
        }

        @Test
        void seatOrderFollowsTheSeatsRegardlessOfSector() {
            RotationRules seatOrder = new RotationRules(12, Order.SEAT_ORDER, 6, true, 5);
            RotationPlan plan = plan(TODAY, seatOrder, List.of(), pub(1, A), pub(2, B), priv(3, C), priv(4, D));
            assertEquals(List.of(A, B, C, D, A, B), chairs(plan));
        }

        @Test
        void seatOrderUsesTheOrderFieldNotTheListOrderOrSeatId() {
            RotationRules seatOrder = new RotationRules(12, Order.SEAT_ORDER, 6, true, 2);
            RotationPlan plan = plan(TODAY, seatOrder, List.of(), seat(1, PUBLIC, 3, A, LONG_AGO),
                    seat(2, PUBLIC, 1, B, LONG_AGO), seat(3, PRIVATE, 2, C, LONG_AGO));
            assertEquals(List.of(B, C, A), chairs(plan));
        }

        @Test
        void holderWhoChairedLeastRecentlyGoesFirst() {
            List<ChairTerm> history = List.of(
                    term(B, 2, "2022-03-01", "2023-02-28"),
                    term(A, 1, "2023-03-01", "2024-02-29"),
                    term(D, 4, "2024-03-01", "2025-02-28"),
                    term(C, 3, "2025-03-01", "2026-02-28"));
            RotationPlan plan = plan(TODAY, TCSP, history, pub(1, A), pub(2, B), priv(3, C), priv(4, D));
            assertEquals(List.of(B, D, A, C, B, D), chairs(plan));
        }

        @Test
        void holderWhoNeverChairedGoesBeforeThoseWhoHave() {
            List<ChairTerm> history = List.of(
                    term(B, 2, "2024-03-01", "2025-02-28"),
                    term(C, 3, "2025-03-01", "2026-02-28"));
            RotationPlan plan = plan(TODAY, TCSP, history, pub(1, A), pub(2, B), pub(5, E), priv(3, C));
            assertEquals(A, plan.chair().orElseThrow().memberId());
            assertEquals(List.of(A, C, E, C, B, C), chairs(plan));
        }

        @Test
        void fullTcspBoardAlternatesSectorsAndEveryoneChairsBeforeAnyoneAgain() {
            SeatHolding[] seats = {pub(1, 1L), pub(2, 2L), pub(3, 3L), pub(4, 4L),
                priv(5, 5L), priv(6, 6L), priv(7, 7L), priv(8, 8L), priv(9, 9L)};
            RotationRules ten = new RotationRules(12, Order.ALTERNATE_SECTORS, 6, true, 9);
            RotationPlan plan = plan(TODAY, ten, List.of(), seats);
            List<ChairTerm> terms = plan.terms();
            assertEquals(10, terms.size());
            for (int i = 0; i < terms.size(); i++) {
                long seatId = terms.get(i).seatId();
                assertEquals(i % 2 == 0, seatId <= 4, "term " + i + " should be " + (i % 2 == 0 ? "public" : "private"));
            }
            assertEquals(List.of(1L, 2L, 3L, 4L, 1L), List.of(terms.get(0).memberId(), terms.get(2).memberId(),
                    terms.get(4).memberId(), terms.get(6).memberId(), terms.get(8).memberId()));
            assertEquals(List.of(5L, 6L, 7L, 8L, 9L), List.of(terms.get(1).memberId(), terms.get(3).memberId(),
                    terms.get(5).memberId(), terms.get(7).memberId(), terms.get(9).memberId()));
        }

        @Test
        void memberHoldingTwoSeatsCountsOnceByTheirFirstSeat() {
            RotationPlan plan = plan(pub(1, A), pub(2, B), priv(3, A), priv(4, C));
            assertEquals(List.of(A, C, B, C, A, C), chairs(plan));
            assertTrue(plan.terms().stream().filter(t -> t.memberId() == A).allMatch(t -> t.seatId() == 1));
        }
    }

    @Nested
    class SkippingSeats {

        @Test
        void vacantSeatInTheMiddleOfTheRotationIsSkipped() {
            RotationPlan plan = plan(pub(1, A), pub(2, null), pub(3, B), priv(4, C), priv(5, D));
            assertEquals(List.of(A, C, B, D, A, C), chairs(plan));
            assertTrue(plan.terms().stream().noneMatch(t -> t.seatId() == 2));
        }

        @Test
        void seatVacatedMidRotationLosesItsPlannedTermToTheNextHolderOfItsSector() {
            List<ChairTerm> recorded = List.of(
                    term(A, 1, "2025-03-01", "2026-02-28"),
                    term(C, 4, "2026-03-01", "2027-02-28"),
                    term(B, 2, "2027-03-01", "2028-02-29"),
                    term(D, 5, "2028-03-01", "2029-02-28"));
            RotationPlan plan = plan(LocalDate.of(2026, 6, 15), TCSP, recorded,
                    pub(1, A), pub(2, null), pub(3, E), priv(4, C), priv(5, D));
            assertEquals(term(C, 4, "2026-03-01", "2027-02-28"), plan.chair().orElseThrow());
            assertEquals(term(E, 3, "2027-03-01", "2028-02-29"), plan.viceChair().orElseThrow());
            assertFalse(chairs(plan).contains(B));
            assertEquals(List.of(C, E, D, A, C, E), chairs(plan));
        }

        @Test
        void allPublicSeatsVacantFallsBackToThePrivateSectorInFairOrder() {
            RotationPlan plan = plan(pub(1, null), pub(2, null), priv(3, C), priv(4, D), priv(5, E));
            assertEquals(List.of(C, D, E, C, D, E), chairs(plan));
            assertNoOneChairsTwiceInARow(plan);
        }

        @Test
        void allPrivateSeatsVacantFallsBackToThePublicSector() {
            RotationPlan plan = plan(pub(1, A), pub(2, B), priv(3, null));
            assertEquals(List.of(A, B, A, B, A, B), chairs(plan));
        }

        @Test
        void newHolderIsSkippedUntilTheirTenureIsReachedAtTheTermStart() {
            RotationRules quarterly = new RotationRules(3, Order.ALTERNATE_SECTORS, 6, true, 5);
            RotationPlan plan = plan(TODAY, quarterly, List.of(),
                    seat(1, PUBLIC, 1, N, LocalDate.of(2026, 3, 1)), pub(2, A), priv(3, C), priv(4, D));
            assertEquals(List.of(A, C, N, D, A, C), chairs(plan));
            assertEquals(LocalDate.of(2026, 9, 1), plan.upcoming().get(1).from(), "N chairs the day tenure is reached");
        }

        @Test
        void holderOneDayShortOfTenureAtTheTermStartWaitsForTheirNextTurn() {
            RotationRules quarterly = new RotationRules(3, Order.ALTERNATE_SECTORS, 6, true, 5);
            RotationPlan plan = plan(TODAY, quarterly, List.of(),
                    seat(1, PUBLIC, 1, N, LocalDate.of(2026, 3, 2)), pub(2, A), priv(3, C), priv(4, D));
            assertEquals(List.of(A, C, A, D, N, C), chairs(plan));
        }

        @Test
        void zeroTenureLetsANewHolderChairAtOnce() {
            RotationRules noTenure = new RotationRules(12, Order.ALTERNATE_SECTORS, 0, true, 1);
            RotationPlan plan = plan(TODAY, noTenure, List.of(), seat(1, PUBLIC, 1, N, TODAY), pub(2, A));
            assertEquals(N, plan.chair().orElseThrow().memberId());
        }

        @Test
        void holderWithUnknownStartDateCountsAsTenured() {
            RotationPlan plan = plan(seat(1, PUBLIC, 1, A, TODAY), seat(2, PUBLIC, 2, N, null));
            assertEquals(N, plan.chair().orElseThrow().memberId());
        }

        @Test
        void tenureOutranksSectorAlternation() {
            List<ChairTerm> history = List.of(term(A, 1, "2025-03-01", "2026-02-28"));
            RotationPlan plan = plan(TODAY, TCSP, history, pub(1, A), pub(2, B), seat(3, PRIVATE, 3, N, TODAY));
            assertEquals(B, plan.chair().orElseThrow().memberId(), "the only private holder is too new");
            assertEquals(N, plan.viceChair().orElseThrow().memberId(), "tenured by the next term");
        }
    }

    @Nested
    class NoConsecutiveTerms {

        @Test
        void noOneChairsTwoConsecutiveTermsWithinOneSector() {
            RotationPlan plan = plan(pub(1, A), pub(2, B));
            assertEquals(List.of(A, B, A, B, A, B), chairs(plan));
            assertNoOneChairsTwiceInARow(plan);
        }

        @Test
        void lastRecordedChairIsNotTheNextChair() {
            List<ChairTerm> history = List.of(term(A, 1, "2025-03-01", "2026-02-28"));
            RotationPlan plan = plan(TODAY, TCSP, history, pub(1, A), pub(2, B));
            assertEquals(B, plan.chair().orElseThrow().memberId());
            assertNoOneChairsTwiceInARow(plan);
        }

        @Test
        void withNoConsecutiveTermsAHolderShortOfTenureChairsRatherThanTheSameChairAgain() {
            List<ChairTerm> history = List.of(term(A, 1, "2025-03-01", "2026-02-28"));
            RotationPlan plan = plan(TODAY, TCSP, history, pub(1, A), seat(2, PUBLIC, 2, N, LocalDate.of(2026, 1, 1)));
            assertEquals(N, plan.chair().orElseThrow().memberId());
            assertNoOneChairsTwiceInARow(plan);
        }

        @Test
        void withoutNoConsecutiveTermsThePreviousChairServesAgainRatherThanAHolderShortOfTenure() {
            RotationRules repeatAllowed = new RotationRules(12, Order.ALTERNATE_SECTORS, 6, false, 3);
            List<ChairTerm> history = List.of(term(A, 1, "2025-03-01", "2026-02-28"));
            RotationPlan plan = plan(TODAY, repeatAllowed, history, pub(1, A),
                    seat(2, PUBLIC, 2, N, LocalDate.of(2026, 1, 1)));
            assertEquals(List.of(A, N, A, N), chairs(plan));
        }

        @Test
        void boardOfOneKeepsItsChairEveryTerm() {
            RotationPlan plan = plan(priv(1, C));
            assertEquals(List.of(C, C, C, C, C, C), chairs(plan));
            assertEquals(C, plan.viceChair().orElseThrow().memberId());
            assertBackToBack(plan);
        }

        @Test
        void boardOfOneWhoseHolderJustArrivedStillGetsAChair() {
            List<ChairTerm> history = List.of(term(A, 1, "2025-03-01", "2026-02-28"));
            RotationPlan plan = plan(TODAY, TCSP, history, seat(1, PUBLIC, 1, N, TODAY));
            assertEquals(term(N, 1, "2026-03-01", "2027-02-28"), plan.chair().orElseThrow());
        }
    }

    @Nested
    class HandOver {

        private final List<ChairTerm> history = List.of(
                term(D, 4, "2024-09-01", "2025-08-31"),
                term(A, 1, "2025-09-01", "2026-08-31"));
        private final LocalDate midTerm = LocalDate.of(2026, 6, 10);

        @Test
        void holderReplacedDuringTheirChairTermHandsTheRestOfTheTermToTheViceChair() {
            RotationPlan plan = plan(midTerm, TCSP, history,
                    seat(1, PUBLIC, 1, X, LocalDate.of(2026, 5, 1)), pub(2, B), priv(3, C), priv(4, D));
            ChairHandover handover = plan.handover().orElseThrow();
            assertEquals(term(A, 1, "2025-09-01", "2026-08-31"), handover.interrupted());
            assertEquals(midTerm, handover.effective());
            assertEquals(term(A, 1, "2025-09-01", "2026-06-09"), handover.endedTerm().orElseThrow());
            assertEquals(term(C, 3, "2026-06-10", "2026-08-31"), handover.successor().orElseThrow());
            assertEquals(handover.successor(), plan.chair());
            assertEquals(List.of(C, B, D, X, C, B), chairs(plan));
            assertEquals(LocalDate.of(2026, 9, 1), plan.viceChair().orElseThrow().from());
            assertBackToBack(plan);
        }

        @Test
        void chairWhoTookOverIsNotChairAgainInTheNextTerm() {
            RotationPlan plan = plan(midTerm, TCSP, history, pub(1, null), priv(3, C));
            assertEquals(C, plan.chair().orElseThrow().memberId());
            assertTrue(plan.handover().isPresent());
            assertEquals(C, plan.viceChair().orElseThrow().memberId(), "a board of one keeps its chair");
            RotationPlan withTwo = plan(midTerm, TCSP, history, pub(1, null), priv(3, C), priv(5, E));
            assertEquals(List.of(C, E, C, E, C, E), chairs(withTwo));
        }

        @Test
        void handOverOnTheDayTheTermBeganLeavesNoEndedTerm() {
            List<ChairTerm> startedToday = List.of(term(A, 1, "2026-03-01", "2027-02-28"));
            RotationPlan plan = plan(TODAY, TCSP, startedToday, pub(1, null), priv(2, C));
            ChairHandover handover = plan.handover().orElseThrow();
            assertTrue(handover.endedTerm().isEmpty());
            assertEquals(term(C, 2, "2026-03-01", "2027-02-28"), plan.chair().orElseThrow());
        }

        @Test
        void handOverOnTheLastDayOfTheTermCoversThatOneDay() {
            RotationPlan plan = plan(LocalDate.of(2026, 8, 31), TCSP, history, pub(1, null), priv(3, C), pub(2, B));
            assertEquals(term(C, 3, "2026-08-31", "2026-08-31"), plan.chair().orElseThrow());
            assertEquals(term(B, 2, "2026-09-01", "2027-08-31"), plan.viceChair().orElseThrow());
        }

        @Test
        void chairLeavingAnEmptiedBoardHandsOverToNobody() {
            RotationPlan plan = plan(midTerm, TCSP, history, pub(1, null), priv(3, null));
            ChairHandover handover = plan.handover().orElseThrow();
            assertTrue(handover.successor().isEmpty());
            assertEquals(LocalDate.of(2026, 6, 9), handover.endedTerm().orElseThrow().to());
            assertTrue(plan.chair().isEmpty());
            assertTrue(plan.upcoming().isEmpty());
        }

        @Test
        void chairWhoMovedToAnotherSeatKeepsTheTermWithoutHandOver() {
            RotationPlan plan = plan(midTerm, TCSP, history, pub(1, X), pub(2, B), priv(3, A), priv(4, D));
            assertTrue(plan.handover().isEmpty());
            assertEquals(term(A, 1, "2025-09-01", "2026-08-31"), plan.chair().orElseThrow());
        }

        @Test
        void noHandOverWhileTheChairStillHoldsTheirSeat() {
            RotationPlan plan = plan(midTerm, TCSP, history, pub(1, A), pub(2, B), priv(3, C), priv(4, D));
            assertTrue(plan.handover().isEmpty());
            assertEquals(history.get(1), plan.chair().orElseThrow());
        }

        @Test
        void handOverAlreadyRecordedIsNotReported() {
            List<ChairTerm> recorded = List.of(term(D, 4, "2024-09-01", "2025-08-31"),
                    term(A, 1, "2025-09-01", "2026-06-09"), term(C, 3, "2026-06-10", "2026-08-31"));
            RotationPlan plan = plan(midTerm.plusDays(1), TCSP, recorded, pub(1, X), pub(2, B), priv(3, C),
                    priv(4, D));
            assertTrue(plan.handover().isEmpty());
            assertEquals(term(C, 3, "2026-06-10", "2026-08-31"), plan.chair().orElseThrow());
        }
    }

    @Nested
    class Replanning {

        private final SeatHolding[] board = {pub(1, A), pub(2, B), priv(3, C), priv(4, D), priv(5, E)};

        private List<ChairTerm> record(RotationPlan plan, List<ChairTerm> earlier) {
            List<ChairTerm> all = new ArrayList<>(earlier);
            plan.terms().stream().filter(t -> !all.contains(t)).forEach(all::add);
            return all;
        }

        @Test
        void replanWithNothingChangedGivesTheSamePlan() {
            RotationPlan first = plan(TODAY, TCSP, List.of(), board);
            RotationPlan again = plan(TODAY.plusDays(100), TCSP, record(first, List.of()), board);
            assertEquals(first.terms(), again.terms());
        }

        @Test
        void replanWhenTheNextTermBeginsMovesTheViceChairIntoTheChair() {
            RotationPlan first = plan(TODAY, TCSP, List.of(), board);
            LocalDate nextTermStart = first.viceChair().orElseThrow().from();
            RotationPlan later = plan(nextTermStart, TCSP, record(first, List.of()), board);
            assertEquals(first.viceChair(), later.chair());
            assertEquals(first.upcoming().subList(1, 5), later.upcoming().subList(0, 4));
        }

        @Test
        void replanKeepsTheRunningTermEvenWhenTheRulesWouldNowChooseSomeoneElse() {
            List<ChairTerm> recorded = List.of(term(D, 4, "2025-03-01", "2026-02-28"),
                    term(E, 5, "2026-03-01", "2027-02-28"));
            RotationRules seatOrder = new RotationRules(12, Order.SEAT_ORDER, 6, true, 5);
            RotationPlan plan = plan(LocalDate.of(2026, 11, 30), seatOrder, recorded, board);
            assertEquals(recorded.get(1), plan.chair().orElseThrow());
            assertTrue(plan.handover().isEmpty());
            assertEquals(LocalDate.of(2027, 3, 1), plan.viceChair().orElseThrow().from());
        }

        @Test
        void replanNeverReturnsTermsThatEndedBeforeToday() {
            List<ChairTerm> recorded = List.of(term(D, 4, "2024-03-01", "2025-02-28"),
                    term(E, 5, "2025-03-01", "2026-02-28"));
            RotationPlan plan = plan(TODAY, TCSP, recorded, board);
            assertTrue(plan.terms().stream().noneMatch(recorded::contains));
            assertTrue(plan.terms().stream().allMatch(t -> !t.to().isBefore(TODAY)));
        }

        @Test
        void recordedFutureTermsAreOnlyAPlanAndDoNotCountAsChairing() {
            List<ChairTerm> recorded = List.of(term(B, 2, "2025-03-01", "2026-02-28"),
                    term(A, 1, "2027-03-01", "2028-02-29"));
            RotationPlan plan = plan(TODAY, TCSP, recorded, pub(1, A), pub(2, B), priv(3, C));
            assertEquals(List.of(C, A, C, B, C, A), chairs(plan));
        }

        @Test
        void afterAGapWithNoRunningTermANewTermStartsTodayAndSkipsTheLastChair() {
            List<ChairTerm> recorded = List.of(term(A, 1, "2024-01-01", "2025-12-31"));
            RotationPlan plan = plan(TODAY, TCSP, recorded, pub(1, A), pub(2, B));
            assertEquals(term(B, 2, "2026-03-01", "2027-02-28"), plan.chair().orElseThrow());
        }

        @Test
        void alternationFollowsTheSectorOfTheLastRecordedTermsSeat() {
            List<ChairTerm> recorded = List.of(term(A, 1, "2023-03-01", "2024-02-29"),
                    term(B, 2, "2024-03-01", "2025-02-28"), term(C, 3, "2025-03-01", "2026-02-28"));
            RotationPlan plan = plan(TODAY, TCSP, recorded, board);
            assertEquals(A, plan.chair().orElseThrow().memberId(), "public, although D and E never chaired");
            assertEquals(PRIVATE, sectorOf(plan.viceChair().orElseThrow()));
        }

        @Test
        void removedSeatOfThePreviousChairFallsBackToTheSectorTheyHoldNow() {
            List<ChairTerm> recorded = List.of(term(A, 1, "2023-03-01", "2024-02-29"),
                    term(B, 2, "2024-03-01", "2025-02-28"), term(C, 99, "2025-03-01", "2026-02-28"));
            RotationPlan plan = plan(TODAY, TCSP, recorded, board);
            assertEquals(A, plan.chair().orElseThrow().memberId());
        }

        @Test
        void overlappingRecordedTermsTheLatestStartedOneIsRunning() {
            List<ChairTerm> recorded = List.of(term(A, 1, "2025-09-01", "2026-08-31"),
                    term(C, 3, "2026-06-10", "2026-08-31"));
            RotationPlan plan = plan(LocalDate.of(2026, 6, 11), TCSP, recorded, pub(1, X), pub(2, B), priv(3, C));
            assertEquals(recorded.get(1), plan.chair().orElseThrow());
            assertTrue(plan.handover().isEmpty());
        }

        private Sector sectorOf(ChairTerm term) {
            return term.seatId() <= 2 ? PUBLIC : PRIVATE;
        }
    }

    @Nested
    class Clocks {

        @Test
        void planWithoutTodayTakesTheDateInTheClocksZone() {
            ZoneId chicago = ZoneId.of("America/Chicago");
            Clock lateEvening = Clock.fixed(LocalDateTime.of(2026, 3, 1, 23, 30).atZone(chicago).toInstant(), chicago);
            RotationPlan plan = new ChairRotationPolicy(lateEvening).plan(List.of(pub(1, A)), List.of(), TCSP);
            assertEquals(TODAY, plan.chair().orElseThrow().from(), "in UTC it is already March 2nd");
        }

        @Test
        void explicitTodayOverridesTheClock() {
            Clock other = Clock.fixed(LocalDate.of(2030, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
            RotationPlan plan = new ChairRotationPolicy(other).plan(List.of(pub(1, A)), List.of(), TCSP, TODAY);
            assertEquals(TODAY, plan.chair().orElseThrow().from());
        }
    }
}
