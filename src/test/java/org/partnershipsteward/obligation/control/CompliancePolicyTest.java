package org.partnershipsteward.obligation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.partnershipsteward.membership.entity.MemberStatus;
import org.partnershipsteward.bylaws.control.BylawsCodec;
import org.partnershipsteward.platform.time.Period;

class CompliancePolicyTest {

    private static final ObligationRules TCSP = ObligationRules.tcspDefaults();
    private static final Period H1 = Period.parse("2026-H1", 6);
    private static final MemberRecord.Meeting SPRING = new MemberRecord.Meeting(1, LocalDate.of(2026, 4, 23), false);
    private static final MemberRecord.Meeting JUNE = new MemberRecord.Meeting(2, LocalDate.of(2026, 6, 11), false);

    private static MemberRecord.Attendance at(MemberRecord.Meeting meeting) {
        return new MemberRecord.Attendance(meeting.summitId(), meeting.on(), false);
    }

    private static MemberRecord member(String joined, List<MemberRecord.Attendance> attendances) {
        return new MemberRecord(7, LocalDate.parse(joined), null, null, attendances, 0, 0, Set.of(1), null);
    }

    private static Standing judge(MemberRecord member, MemberRecord.Meeting... meetings) {
        return new CompliancePolicy(TCSP, 1).judge(H1, member, List.of(meetings));
    }

    private static void assertReason(Standing standing, String part) {
        assertTrue(standing.reasons().stream().anyMatch(r -> r.contains(part)),
                "'" + part + "' missing from " + standing.reasons());
    }

    @Test
    void oneAttendedSummitPerHalfYearMeetsTheAttendanceRule() {
        Standing s = judge(member("2020-01-01", List.of(at(SPRING))), SPRING);
        assertTrue(s.compliant());
        assertEquals(1, s.attended());
        assertEquals(1, s.requiredAttendances());
        assertEquals(List.of(), s.reasons());
    }

    @Test
    void missingTheHalfYearsSummitFallsShortWithTheReason() {
        Standing s = judge(member("2020-01-01", List.of()), SPRING);
        assertFalse(s.compliant());
        assertTrue(s.fellShort());
        assertReason(s, "Attended 0 of the 1 required summit");
    }

    @Test
    void twoSummitsInAPeriodStillRequireOnlyTheBylawsMinimumAndCountEachOnce() {
        var twice = new MemberRecord.Attendance(JUNE.summitId(), JUNE.on(), false);
        Standing one = judge(member("2020-01-01", List.of(at(JUNE), twice)), SPRING, JUNE);
        assertTrue(one.compliant());
        assertEquals(1, one.attended());
        assertEquals(1, one.requiredAttendances());
        Standing both = judge(member("2020-01-01", List.of(at(SPRING), at(JUNE))), SPRING, JUNE);
        assertEquals(2, both.attended());
    }

    @Test
    void aCancelledSummitIsNotRequiredSoAPeriodWithoutAHeldSummitAsksForNone() {
        var cancelled = new MemberRecord.Meeting(1, SPRING.on(), true);
        Standing s = judge(member("2020-01-01", List.of()), cancelled);
        assertTrue(s.compliant());
        assertEquals(0, s.requiredAttendances());
        assertReason(s, "Only 0 summits were held");
    }

    @Test
    void aCheckInAtACancelledSummitDoesNotCount() {
        var cancelled = new MemberRecord.Meeting(1, SPRING.on(), true);
        Standing s = judge(member("2020-01-01", List.of(at(cancelled))), cancelled, JUNE);
        assertEquals(0, s.attended());
        assertFalse(s.compliant());
    }

    @Test
    void aMemberWhoJoinedMidPeriodIsNotJudgedForItByDefault() {
        Standing s = judge(member("2026-03-01", List.of()), SPRING);
        assertFalse(s.judged());
        assertTrue(s.compliant());
        assertFalse(s.fellShort());
        assertReason(s, "Joined on 2026-03-01, during the period");
    }

    @Test
    void aMemberWhoJoinedOnThePeriodsFirstDayIsJudged() {
        Standing s = judge(member("2026-01-01", List.of()), SPRING);
        assertTrue(s.judged());
        assertFalse(s.compliant());
    }

    @Test
    void whenTheBylawsJudgeTheJoiningPeriodOnlySummitsAfterJoiningCountProRata() {
        var rules = new ObligationRules(1, 6, false, true, 2, 0.5);
        var joinedAfterSpring = member("2026-05-01", List.of());
        Standing s = new CompliancePolicy(rules, 1).judge(H1, joinedAfterSpring, List.of(SPRING));
        assertTrue(s.judged());
        assertEquals(0, s.requiredAttendances());
        assertTrue(s.compliant());
        Standing withJune = new CompliancePolicy(rules, 1).judge(H1, joinedAfterSpring, List.of(SPRING, JUNE));
        assertEquals(1, withJune.requiredAttendances());
        assertFalse(withJune.compliant());
    }

    @Test
    void anExcusedMemberIsCompliantAndTheShortfallStaysListed() {
        var excused = new MemberRecord(7, LocalDate.of(2020, 1, 1), null, null, List.of(), 0, 0, Set.of(1), "Surgery in April");
        Standing s = judge(excused, SPRING);
        assertTrue(s.compliant());
        assertTrue(s.excused());
        assertFalse(s.fellShort());
        assertReason(s, "Attended 0 of the 1");
        assertReason(s, "Excused by the secretariat: Surgery in April");
    }

    @Test
    void aMemberWhoLapsedBeforeThePeriodEndIsNotJudged() {
        var lapsed = new MemberRecord(7, LocalDate.of(2020, 1, 1), null, LocalDate.of(2026, 5, 1), List.of(), 0, 0, Set.of(1), null);
        Standing s = judge(lapsed, SPRING);
        assertFalse(s.judged());
        assertReason(s, "Membership ended on 2026-05-01");
    }

    @Test
    void aReinstatedMemberIsJudgedLikeOneWhoJoinedOnTheDayOfReinstatement() {
        var reinstatedMidPeriod = new MemberRecord(7, LocalDate.of(2020, 1, 1), LocalDate.of(2026, 3, 2), null, List.of(),
                0, 0, Set.of(1), null);
        Standing during = judge(reinstatedMidPeriod, SPRING);
        assertFalse(during.judged());
        assertReason(during, "Reinstated on 2026-03-02");
        Standing next = new CompliancePolicy(TCSP, 1).judge(H1.next(), reinstatedMidPeriod,
                List.of(new MemberRecord.Meeting(3, LocalDate.of(2026, 10, 15), false)));
        assertTrue(next.judged());
        assertFalse(next.compliant());
    }

    @Test
    void aDelegatesAttendanceCountsOnlyWhenTheBylawsSaySo() {
        var delegate = List.of(new MemberRecord.Attendance(SPRING.summitId(), SPRING.on(), true));
        Standing tcsp = judge(member("2020-01-01", delegate), SPRING);
        assertFalse(tcsp.compliant());
        assertReason(tcsp, "a delegate's attendance does not count");
        var lenient = new ObligationRules(1, 6, true, false, 2, 0.5);
        assertTrue(new CompliancePolicy(lenient, 1).judge(H1, member("2020-01-01", delegate), List.of(SPRING)).compliant());
    }

    @Test
    void answeringFewerThanTheMinimumShareOfSurveysFallsShort() {
        var oneOfThree = new MemberRecord(7, LocalDate.of(2020, 1, 1), null, null, List.of(at(SPRING)), 3, 1, Set.of(1), null);
        Standing s = judge(oneOfThree, SPRING);
        assertFalse(s.compliant());
        assertReason(s, "Answered 1 of 3 surveys; the bylaws ask for 50%");
        var oneOfTwo = new MemberRecord(7, LocalDate.of(2020, 1, 1), null, null, List.of(at(SPRING)), 2, 1, Set.of(1), null);
        assertTrue(judge(oneOfTwo, SPRING).compliant());
        var noneIssued = new MemberRecord(7, LocalDate.of(2020, 1, 1), null, null, List.of(at(SPRING)), 0, 0, Set.of(1), null);
        assertTrue(judge(noneIssued, SPRING).compliant());
    }

    @Test
    void bylawsAmendedMidPeriodJudgeByTheVersionInForceAtThePeriodEnd() {
        var version2 = new ObligationRules(2, 6, false, false, 2, 0.5);
        var acknowledgedOnlyVersion1 = new MemberRecord(7, LocalDate.of(2020, 1, 1), null, null, List.of(at(SPRING)), 0, 0,
                Set.of(1), null);
        Standing s = new CompliancePolicy(version2, 2).judge(H1, acknowledgedOnlyVersion1, List.of(SPRING, JUNE));
        assertEquals(2, s.requiredAttendances());
        assertFalse(s.bylawsAcknowledged());
        assertReason(s, "Attended 1 of the 2 required summits");
        assertReason(s, "Has not acknowledged the bylaws in force (version 2)");
    }

    @Test
    void consecutiveMissedPeriodsProposeOneStepDownToTheBoard() {
        var policy = new CompliancePolicy(TCSP, 1);
        assertEquals(Optional.empty(), policy.proposal(MemberStatus.ACTIVE, 1));
        assertEquals(Optional.of(MemberStatus.AT_RISK), policy.proposal(MemberStatus.ACTIVE, 2));
        assertEquals(Optional.of(MemberStatus.LAPSED), policy.proposal(MemberStatus.AT_RISK, 3));
        assertEquals(Optional.empty(), policy.proposal(MemberStatus.LAPSED, 5));
    }

    @Test
    void periodsAreCalendarHalfYearsWrittenLikeTheApi() {
        assertEquals(LocalDate.of(2026, 1, 1), H1.start());
        assertEquals(LocalDate.of(2026, 6, 30), H1.end());
        assertEquals("2026-H2", H1.next().toString());
        assertEquals("2025-H2", H1.previous().toString());
        assertEquals("2026-Q3", Period.containing(LocalDate.of(2026, 8, 1), 3).toString());
        assertEquals("2026", Period.containing(LocalDate.of(2026, 8, 1), 12).toString());
        assertEquals(H1, Period.parse(" 2026-H1 ", 6));
        List<String> bad = new ArrayList<>(List.of("2026-H3", "2026-Q1", "2026", "H1-2026", "", "2026-H0"));
        for (String text : bad) {
            assertThrows(IllegalArgumentException.class, () -> Period.parse(text, 6), text);
        }
        assertThrows(IllegalArgumentException.class, () -> Period.parse(null, 6));
    }

    @Test
    void shippedBylawsYieldTheTestedTcspObligations() {
        assertEquals(ObligationRules.tcspDefaults(), ObligationRules.of(BylawsCodec.tcspDefault()));
    }
}
