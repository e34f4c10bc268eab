package org.partnershipsteward.health.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.partnershipsteward.health.control.Facts.MemberFact;
import org.partnershipsteward.health.control.Facts.OrganizationFact;
import org.partnershipsteward.health.control.Facts.SeatFact;
import org.partnershipsteward.health.control.Facts.SummitFact;
import org.partnershipsteward.health.control.Facts.TenureFact;
import org.partnershipsteward.health.control.Facts.TopicFact;
import org.partnershipsteward.platform.time.Period;

/** Each measure of the scorecard on small constructed data whose answer is worked out by hand. */
class HealthMeasuresTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    static final Period H1_2026 = new Period(2026, 1, 6);
    static final Period H2_2026 = new Period(2026, 2, 6);

    static MemberFact member(long id, long org, String criterion, boolean pub, String joined, String left, boolean exec) {
        return new MemberFact(id, org, criterion, pub, LocalDate.parse(joined), left == null ? null : LocalDate.parse(left), exec);
    }

    // four members: 1 and 2 public (org 10), 3 private (org 20), 4 private (org 30) and unconfirmed, 5 left in May 2026
    static final List<MemberFact> MEMBERS = List.of(
            member(1, 10, "LAW_ENFORCEMENT_OFFICIAL", true, "2019-01-01", null, true),
            member(2, 10, "LAW_ENFORCEMENT_OFFICIAL", true, "2023-01-01", null, true),
            member(3, 20, "SECURITY_PRACTITIONER", false, "2021-01-01", null, true),
            member(4, 30, "SECURITY_SERVICES_SUPPLIER", false, "2026-02-01", null, false),
            member(5, 20, "SECURITY_PRACTITIONER", false, "2020-01-01", "2026-05-15", true));

    static SummitFact summit(long id, String date, boolean cancelled, Long... attendees) {
        return new SummitFact(id, LocalDate.parse(date), cancelled, Set.of(attendees));
    }

    static final List<SummitFact> SUMMITS = List.of(
            summit(1, "2026-04-23", false, 1L, 3L, 4L, 5L),
            summit(2, "2026-10-15", false, 1L, 4L),
            summit(3, "2026-06-01", true),
            summit(4, "2027-04-15", false));

    @Test
    void halfYearsRunJanuaryToJuneAndJulyToDecember() {
        assertEquals(new Period(2026, 2, 6), Period.halfYear(TODAY));
        assertEquals(List.of(new Period(2025, 2, 6), H1_2026, H2_2026), Period.lastN(TODAY, 3, 6));
        assertEquals(LocalDate.of(2026, 7, 1), H1_2026.endExclusive());
        assertEquals(TODAY, H2_2026.lastDay(TODAY));
        assertEquals(LocalDate.of(2026, 6, 30), H1_2026.lastDay(TODAY));
    }

    @Test
    void aHalfYearIsAPeriodOfSixMonthsThatEndsOnItsLastDay() {
        assertEquals(LocalDate.of(2026, 6, 30), H1_2026.end());
        assertEquals(LocalDate.of(2026, 12, 31), H2_2026.end());
        assertEquals(LocalDate.of(2027, 1, 1), H2_2026.endExclusive());
        assertEquals(H1_2026, Period.parse("2026-H1", 6), "the scorecard's half-year is the bylaws' attendance period");
        assertEquals("2026 H1", H1_2026.label());
    }

    @Test
    void executiveShareOfAttendeesCountsOnlyConfirmedExecutives() {
        // H1: attendees 1,3,4,5 -> 3 confirmed of 4
        assertEquals(75.0, ParticipationMeasures.executiveShareOfAttendees(SUMMITS, MEMBERS, H1_2026));
        // H2: attendees 1,4 -> 1 of 2
        assertEquals(50.0, ParticipationMeasures.executiveShareOfAttendees(SUMMITS, MEMBERS, H2_2026));
        assertNull(ParticipationMeasures.executiveShareOfAttendees(SUMMITS, MEMBERS, new Period(2025, 1, 6)));
    }

    @Test
    void boardAttendanceCountsSeatHoldersOnEachSummitDay() {
        // member 1 holds a seat all along, member 3 from 2026-07-01: H1 -> 1 of 1; H2 -> 1 of 2 (3 absent)
        List<TenureFact> tenures = List.of(new TenureFact(1, LocalDate.parse("2024-01-01"), null),
                new TenureFact(3, LocalDate.parse("2026-07-01"), null),
                new TenureFact(2, LocalDate.parse("2020-01-01"), LocalDate.parse("2026-01-01")));
        assertEquals(100.0, ParticipationMeasures.boardAttendance(SUMMITS, tenures, H1_2026));
        assertEquals(50.0, ParticipationMeasures.boardAttendance(SUMMITS, tenures, H2_2026));
    }

    @Test
    void memberAttendanceIsCheckInsOverMembersBelongingOnTheDay() {
        // 2026-04-23: members 1..5 belong (5 leaves in May) -> 4 of 5; 2026-10-15: 1..4 belong -> 2 of 4
        assertEquals(80.0, ParticipationMeasures.memberAttendance(SUMMITS, MEMBERS, H1_2026));
        assertEquals(50.0, ParticipationMeasures.memberAttendance(SUMMITS, MEMBERS, H2_2026));
    }

    @Test
    void criterionMixAndCriteriaRepresentedCountCurrentMembers() {
        assertEquals(Map.of("LAW_ENFORCEMENT_OFFICIAL", 2L, "SECURITY_PRACTITIONER", 1L, "SECURITY_SERVICES_SUPPLIER", 1L),
                CompositionMeasures.criterionMix(MEMBERS, TODAY));
        assertEquals(3.0, CompositionMeasures.criteriaRepresented(MEMBERS, TODAY));
        assertEquals(1.0, CompositionMeasures.criteriaRepresented(MEMBERS, LocalDate.parse("2019-06-01")));
    }

    @Test
    void publicSectorShareIsPublicMembersOverCurrentMembers() {
        assertEquals(50.0, CompositionMeasures.publicSectorShare(MEMBERS, TODAY));
        assertNull(CompositionMeasures.publicSectorShare(MEMBERS, LocalDate.parse("2018-01-01")));
    }

    @Test
    void organizationsWithSeveralMembersCountsOrganisationsWithTwoOrMore() {
        // today: org 10 has 2, org 20 has 1 (5 left), org 30 has 1 -> 1 of 3
        assertEquals(33.3, CompositionMeasures.organizationsWithSeveralMembers(MEMBERS, TODAY));
        // March 2026: org 20 still has 3 and 5 -> 2 of 3
        assertEquals(66.7, CompositionMeasures.organizationsWithSeveralMembers(MEMBERS, LocalDate.parse("2026-03-01")));
    }

    @Test
    void requestedTopicsTakenUpNeedsTheAgendaOnOrAfterTheRequest() {
        List<TopicFact> asked = List.of(new TopicFact("Cybersecurity", LocalDate.parse("2026-02-01")),
                new TopicFact("Drones", LocalDate.parse("2026-03-01")),
                new TopicFact("cybersecurity ", LocalDate.parse("2026-03-05")),
                new TopicFact("Insider threat", LocalDate.parse("2026-05-01")));
        List<TopicFact> agenda = List.of(new TopicFact("Cybersecurity", LocalDate.parse("2026-04-23")),
                new TopicFact("Insider threat", LocalDate.parse("2025-10-16")));
        // three distinct topics asked; only cybersecurity came after the request -> 1 of 3
        assertEquals(33.3, SharedGoalsMeasures.requestedTopicsTakenUp(asked, agenda, H1_2026));
        assertNull(SharedGoalsMeasures.requestedTopicsTakenUp(asked, agenda, H2_2026));
    }

    @Test
    void topicsOnAgendasCountsDistinctTopicsOfThePeriod() {
        List<TopicFact> agenda = List.of(new TopicFact("Cybersecurity", LocalDate.parse("2026-04-23")),
                new TopicFact("Cybersecurity", LocalDate.parse("2026-04-23")),
                new TopicFact("Risk management", LocalDate.parse("2026-04-23")),
                new TopicFact("Insider threat", LocalDate.parse("2025-10-16")));
        assertEquals(2.0, SharedGoalsMeasures.topicsOnAgendas(agenda, H1_2026));
    }

    @Test
    void summitsHeldSkipsCancelledAndFutureSummits() {
        assertEquals(1.0, CadenceMeasures.summitsHeld(SUMMITS, H1_2026, TODAY));
        assertEquals(1.0, CadenceMeasures.summitsHeld(SUMMITS, H2_2026, TODAY));
        assertEquals(0.0, CadenceMeasures.summitsHeld(SUMMITS, new Period(2027, 1, 6), TODAY));
    }

    @Test
    void yearlyTargetMetComparesTheLastTwelveMonthsWithTheBylawsMinimum() {
        assertEquals(100.0, CadenceMeasures.yearlyTargetMet(SUMMITS, TODAY, 2));
        assertEquals(66.7, CadenceMeasures.yearlyTargetMet(SUMMITS, TODAY, 3));
        assertEquals(50.0, CadenceMeasures.yearlyTargetMet(SUMMITS, LocalDate.parse("2026-05-01"), 2));
        assertNull(CadenceMeasures.yearlyTargetMet(SUMMITS, TODAY, 0));
    }

    @Test
    void daysToNextSummitIsNullWhenNothingIsScheduled() {
        assertEquals(144.0, CadenceMeasures.daysToNextSummit(SUMMITS, TODAY));
        assertNull(CadenceMeasures.daysToNextSummit(SUMMITS.subList(0, 3), TODAY));
    }

    @Test
    void seatsWithAlternateCountsHeldSeatsOnly() {
        List<SeatFact> seats = List.of(new SeatFact(true, true), new SeatFact(true, false), new SeatFact(true, true),
                new SeatFact(false, true));
        assertEquals(66.7, ResiliencyMeasures.seatsWithAlternate(seats));
        assertNull(ResiliencyMeasures.seatsWithAlternate(List.of(new SeatFact(false, false))));
    }

    @Test
    void organizationsWithAlternateContactCountsOrganisationsThatHaveAPrimary() {
        List<OrganizationFact> organizations = List.of(new OrganizationFact(1, true, true),
                new OrganizationFact(2, true, false), new OrganizationFact(3, false, false),
                new OrganizationFact(4, true, true), new OrganizationFact(5, true, false));
        assertEquals(50.0, ResiliencyMeasures.organizationsWithAlternateContact(organizations));
    }

    @Test
    void drillTimesAreThoseOfTheHalfYearsLatestDrill() {
        List<Facts.DrillFact> drills = List.of(new Facts.DrillFact(LocalDate.parse("2026-02-10"), 4.0, 30.0),
                new Facts.DrillFact(LocalDate.parse("2026-05-20"), 3.0, null),
                new Facts.DrillFact(LocalDate.parse("2026-09-01"), 8.0, 55.0));
        Period first = new Period(2026, 1, 6);
        assertEquals(3.0, ResiliencyMeasures.drillMinutesToHalf(drills, first));
        assertNull(ResiliencyMeasures.drillMinutesToAll(drills, first), "someone never answered the May drill");
        assertEquals(55.0, ResiliencyMeasures.drillMinutesToAll(drills, new Period(2026, 2, 6)));
        assertNull(ResiliencyMeasures.drillMinutesToHalf(drills, new Period(2025, 2, 6)), "no drill in that half-year");
    }

    @Test
    void secretariatBackupNeedsTwoSecretariatAccounts() {
        assertEquals(0.0, ResiliencyMeasures.secretariatBackup(1));
        assertEquals(1.0, ResiliencyMeasures.secretariatBackup(2));
    }

    @Test
    void retentionFollowsTheMembersOfThePeriodStart() {
        // 1 Jan 2026: members 1, 2, 3, 5 belong; 5 leaves in May -> 3 of 4
        assertEquals(75.0, LongevityMeasures.retention(MEMBERS, H1_2026, TODAY));
        // 1 Jul 2026: 1, 2, 3, 4 belong and still do today -> 100
        assertEquals(100.0, LongevityMeasures.retention(MEMBERS, H2_2026, TODAY));
    }

    @Test
    void medianTenureYearsIsTheMiddleOfCurrentMembersYears() {
        // on 2027-01-01: tenures 8, 4, 6 and 0.9 years -> median of 0.9, 4, 6, 8 = 5.0
        assertEquals(5.0, LongevityMeasures.medianTenureYears(MEMBERS, LocalDate.parse("2027-01-01")));
        assertNull(LongevityMeasures.medianTenureYears(List.of(), TODAY));
    }

    @Test
    void yearsSinceFoundingIsUnknownWithoutAFoundingDate() {
        assertEquals(7.9, LongevityMeasures.yearsSinceFounding(LocalDate.parse("2019-01-01"), TODAY));
        assertNull(LongevityMeasures.yearsSinceFounding(null, TODAY));
    }

    @Test
    void membersOnRosterCountsEntriesConfirmedWithinTwelveMonthsOfCurrentMembers() {
        LocalDate today = LocalDate.parse("2026-06-01");
        List<org.partnershipsteward.membership.control.RosterPolicy.Entry> roster = List.of(
                new org.partnershipsteward.membership.control.RosterPolicy.Entry(true, LocalDate.parse("2025-06-01")),
                new org.partnershipsteward.membership.control.RosterPolicy.Entry(true, LocalDate.parse("2025-05-31")),
                new org.partnershipsteward.membership.control.RosterPolicy.Entry(false, null));
        assertEquals(33.3, ResiliencyMeasures.membersOnRoster(roster, today));
        assertNull(ResiliencyMeasures.membersOnRoster(List.of(), today));
    }
}
