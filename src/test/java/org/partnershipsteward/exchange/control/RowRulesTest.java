package org.partnershipsteward.exchange.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.partnershipsteward.board.control.Candidate;
import org.partnershipsteward.board.control.SeatType;
import org.partnershipsteward.bylaws.entity.Criterion;
import org.partnershipsteward.eligibility.control.EligibilityPolicy;
import org.partnershipsteward.eligibility.control.EligibilityRules;
import org.partnershipsteward.eligibility.control.OrganizationFacts;
import org.partnershipsteward.membership.entity.MemberStatus;
import org.partnershipsteward.organization.entity.OrganizationKind;
import org.partnershipsteward.organization.entity.Sector;
import org.partnershipsteward.summit.entity.SummitStatus;

/** The import's row rules, each test named after the rule it proves. */
class RowRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    static final ZoneId ZONE = ZoneId.of("America/Chicago");
    static final Instant NOW = Instant.parse("2026-12-01T18:00:00Z");

    static CsvTable table(ImportKind kind, String text, Report report) {
        try {
            return CsvTable.read(text.getBytes(StandardCharsets.UTF_8), kind, report);
        } catch (CsvTable.Unreadable e) {
            throw new AssertionError(e);
        }
    }

    static List<String> rules(List<Issue> issues) {
        return issues.stream().map(i -> i.row() + ":" + i.field() + ":" + i.rule()).toList();
    }

    @Nested
    class Organizations {
        static final String HEADER = "name,sector,kind,region,fortune500,foundingSponsor\n";

        Report check(String rows, Map<String, OrganizationRow> stored) {
            Report report = new Report(ImportKind.ORGANIZATIONS);
            OrganizationRow.check(table(ImportKind.ORGANIZATIONS, HEADER + rows, report), stored, List.of("Twin Cities"), report);
            return report;
        }

        @Test
        void matchedByNameIgnoringCaseTheSameRowIsUnchangedAChangedOneUpdated() {
            OrganizationRow acme = new OrganizationRow("Acme", Sector.PRIVATE, OrganizationKind.CORPORATION, "Twin Cities",
                    true, false);
            Report report = check("ACME,PRIVATE,CORPORATION,Twin Cities,true,false\nBeta,PRIVATE,CORPORATION,,false,false\n",
                    Map.of("acme", acme));
            assertEquals(List.of(RowAction.UPDATE, RowAction.CREATE),
                    report.planned().stream().map(PlannedRow::action).toList());
            assertEquals(List.of("name"), report.planned().get(0).changed());
            Report again = check("Acme,PRIVATE,CORPORATION,Twin Cities,true,false\n", Map.of("acme", acme));
            assertEquals(RowAction.UNCHANGED, again.planned().get(0).action());
        }

        @Test
        void organizationInvariantKindMustFitSectorAndOnlyPrivateCompaniesAreFortune500() {
            Report report = check("Police,PRIVATE,MUNICIPAL_POLICE,,false,false\nState,PUBLIC,STATE_AGENCY,,true,false\n", Map.of());
            assertEquals(List.of("2:kind:ORGANIZATION_INVARIANT", "3:fortune500:ORGANIZATION_INVARIANT"), rules(report.errors()));
        }

        @Test
        void duplicateNameInOneFileIsAnError() {
            Report report = check("Acme,PRIVATE,CORPORATION,,false,false\nacme ,PRIVATE,CORPORATION,,false,false\n", Map.of());
            assertEquals(List.of("3:name:DUPLICATE_NAME"), rules(report.errors()));
        }

        @Test
        void regionIsOneTheBylawsNameTakenInTheirSpelling() {
            Report report = check("A,PRIVATE,CORPORATION,twin  cities,false,false\nB,PRIVATE,CORPORATION,Duluth,false,false\n",
                    Map.of());
            assertEquals(List.of("3:region:REGION"), rules(report.errors()));
            assertEquals("Twin Cities", ((OrganizationRow) report.planned().get(0).value()).region());
        }

        @Test
        void oneFoundingSponsor() {
            Report report = check("A,PRIVATE,CORPORATION,,false,true\nB,PRIVATE,CORPORATION,,false,true\n", Map.of());
            assertEquals(List.of("3:foundingSponsor:ONE_FOUNDING_SPONSOR"), rules(report.errors()));
        }

        @Test
        void unknownEnumValueAndBadBooleanNameTheColumn() {
            Report report = check("A,PRIVAT,CORPORATION,,maybe,false\n", Map.of());
            assertEquals(List.of("2:sector:UNKNOWN_VALUE", "2:fortune500:NOT_A_BOOLEAN"), rules(report.errors()));
        }
    }

    @Nested
    class Members {
        static final String HEADER = "email,firstName,lastName,title,organization,criterion,status,joinedOn,leftOn,phone\n";
        final Map<String, MemberRow.Organization> organizations = Map.of(
                "acme", new MemberRow.Organization("Acme", new OrganizationFacts(OrganizationKind.CORPORATION, Sector.PRIVATE,
                        "Twin Cities", 0)),
                "minneapolis police", new MemberRow.Organization("Minneapolis Police", new OrganizationFacts(
                        OrganizationKind.MUNICIPAL_POLICE, Sector.PUBLIC, "Twin Cities", 0)));
        final EligibilityPolicy policy = new EligibilityPolicy(EligibilityRules.tcspDefaults());

        Report report = new Report(ImportKind.MEMBERS);

        MemberRow.Checked check(String rows, Map<String, MemberRow> stored) {
            return MemberRow.check(table(ImportKind.MEMBERS, HEADER + rows, report), stored, organizations, policy, TODAY, report);
        }

        @Test
        void duplicateEmailInOneFileIsAnErrorOfTheSecondRowIgnoringCase() {
            check("a@x.org,Ann,Lee,Chief Security Officer,Acme,SECURITY_PRACTITIONER,ACTIVE,2015-03-01,,\n"
                    + "A@X.org,Ann,Lee,Chief Security Officer,Acme,SECURITY_PRACTITIONER,ACTIVE,2015-03-01,,\n", Map.of());
            assertEquals(List.of("3:email:DUPLICATE_EMAIL"), rules(report.errors()));
        }

        @Test
        void unknownOrganizationIsAnErrorSayingToImportOrganisationsFirst() {
            check("a@x.org,Ann,Lee,Chief Security Officer,Nowhere Inc,SECURITY_PRACTITIONER,ACTIVE,2015-03-01,,\n", Map.of());
            assertEquals(List.of("2:organization:UNKNOWN_ORGANIZATION"), rules(report.errors()));
            assertTrue(report.errors().get(0).message().contains("import the organisations first"));
        }

        @Test
        void aDateThatIsNotADateNamesTheColumn() {
            check("a@x.org,Ann,Lee,Chief Security Officer,Acme,SECURITY_PRACTITIONER,ACTIVE,01/03/2015,,\n", Map.of());
            assertEquals(List.of("2:joinedOn:NOT_A_DATE"), rules(report.errors()));
        }

        @Test
        void notAnEmailAndMissingRequiredCells() {
            check("not-an-email,,Lee,Chief Security Officer,Acme,SECURITY_PRACTITIONER,ACTIVE,2015-03-01,,\n", Map.of());
            assertEquals(List.of("2:email:NOT_AN_EMAIL", "2:firstName:REQUIRED"), rules(report.errors()));
        }

        @Test
        void leftOnAMemberWhoLeftHasTheDayACurrentMemberNone() {
            check("a@x.org,Ann,Lee,Chief Security Officer,Acme,SECURITY_PRACTITIONER,RESIGNED,2015-03-01,,\n"
                    + "b@x.org,Bo,Ng,Chief Security Officer,Acme,SECURITY_PRACTITIONER,ACTIVE,2015-03-01,2020-01-01,\n"
                    + "c@x.org,Cy,Ok,Chief Security Officer,Acme,SECURITY_PRACTITIONER,LAPSED,2015-03-01,2014-01-01,\n", Map.of());
            assertEquals(List.of("2:leftOn:LEFT_ON", "3:leftOn:LEFT_ON", "4:leftOn:DATES"), rules(report.errors()));
        }

        @Test
        void aLeavingAnnouncedAheadIsStoredAsGivenWithAWarning() {
            // the app records a resignation effective next week; an export of it must import again
            check("a@x.org,Ann,Lee,Chief Security Officer,Acme,SECURITY_PRACTITIONER,RESIGNED,2015-03-01,2026-12-02,\n", Map.of());
            assertEquals(List.of(), rules(report.errors()));
            assertTrue(rules(report.warnings()).contains("2:leftOn:DATES"), rules(report.warnings()).toString());
        }

        @Test
        void datesJoiningAfterTodayIsAnError() {
            check("a@x.org,Ann,Lee,Chief Security Officer,Acme,SECURITY_PRACTITIONER,ACTIVE,2027-01-01,,\n", Map.of());
            assertEquals(List.of("2:joinedOn:DATES"), rules(report.errors()));
        }

        @Test
        void statusDecisionAnImportDoesNotChangeAStoredMembersStatus() {
            MemberRow stored = new MemberRow("a@x.org", "Ann", "Lee", "Chief Security Officer", "Acme",
                    Criterion.SECURITY_PRACTITIONER, MemberStatus.ACTIVE, LocalDate.of(2015, 3, 1), null, null);
            check("a@x.org,Ann,Lee,Chief Security Officer,Acme,SECURITY_PRACTITIONER,LAPSED,2015-03-01,2025-01-01,\n",
                    Map.of("a@x.org", stored));
            assertEquals(List.of("2:status:STATUS_DECISION"), rules(report.errors()));
        }

        @Test
        void matchedByEmailTheSameFileTwiceChangesNothing() {
            MemberRow stored = new MemberRow("a@x.org", "Ann", "Lee", "Chief Security Officer", "Acme",
                    Criterion.SECURITY_PRACTITIONER, MemberStatus.ACTIVE, LocalDate.of(2015, 3, 1), null, null);
            MemberRow.Checked checked = check("A@x.org,Ann,Lee,Chief Security Officer,acme,SECURITY_PRACTITIONER,,2015-03-01,,\n",
                    Map.of("a@x.org", stored));
            assertEquals(RowAction.UNCHANGED, report.planned().get(0).action());
            assertTrue(checked.prescreens().isEmpty());
        }

        @Test
        void prescreenAnImportedMemberGetsTheApplicantsFindingsAndATitleToReviewIsAWarning() {
            MemberRow.Checked checked = check(
                    "a@x.org,Ann,Lee,Chief Security Officer,Acme,SECURITY_PRACTITIONER,ACTIVE,2015-03-01,,\n"
                    + "b@x.org,Bo,Ng,Security Analyst,Acme,SECURITY_PRACTITIONER,ACTIVE,2016-03-01,,\n", Map.of());
            assertTrue(report.clean());
            assertEquals(Set.of("a@x.org", "b@x.org"), checked.prescreens().keySet());
            assertEquals(EligibilityPolicy.RULES.size(), checked.prescreens().get("a@x.org").size());
            assertTrue(rules(report.warnings()).contains("3:title:EXECUTIVE_LEVEL"), report.warnings().toString());
            assertTrue(rules(report.warnings()).stream().noneMatch(r -> r.startsWith("2:title")), report.warnings().toString());
        }

        @Test
        void prescreenAChangedTitleOfAStoredMemberIsScreenedAgain() {
            MemberRow stored = new MemberRow("a@x.org", "Ann", "Lee", "Chief Security Officer", "Acme",
                    Criterion.SECURITY_PRACTITIONER, MemberStatus.ACTIVE, LocalDate.of(2015, 3, 1), null, null);
            MemberRow.Checked checked = check("a@x.org,Ann,Lee,Security Analyst,Acme,SECURITY_PRACTITIONER,ACTIVE,2015-03-01,,\n",
                    Map.of("a@x.org", stored));
            assertEquals(List.of("title"), report.planned().get(0).changed());
            assertEquals(Set.of("a@x.org"), checked.prescreens().keySet());
        }

        @Test
        void formulaNeutralisedCellsAreReadBackAsExportedThem() {
            check("a@x.org,Ann,Lee,'-Chief Security Officer,Acme,SECURITY_PRACTITIONER,ACTIVE,2015-03-01,,'+1 612 555 0100\n",
                    Map.of());
            MemberRow row = (MemberRow) report.planned().get(0).value();
            assertEquals("-Chief Security Officer", row.title());
            assertEquals("+1 612 555 0100", row.phone());
        }
    }

    @Nested
    class Seats {
        static final String HEADER = "position,seatType,holder,alternate,termStart,termEnd,endedOn,endReason\n";
        final Map<String, SeatType> types = SeatType.tcspDefaults().stream()
                .collect(Collectors.toMap(SeatType::code, Function.identity()));
        final SeatTermRow.Rules rules;
        final Map<String, Candidate> members = new HashMap<>();
        Report report = new Report(ImportKind.SEATS);

        Seats() {
            Map<Integer, SeatType> byPosition = new HashMap<>();
            byPosition.put(1, types.get("FBI_SAC"));
            byPosition.put(2, types.get("SHERIFF"));
            byPosition.put(3, types.get("POLICE_CHIEF"));
            byPosition.put(4, types.get("POLICE_CHIEF"));
            rules = new SeatTermRow.Rules(byPosition, 24, 2, "Twin Cities");
            members.put("chief@x.org", new Candidate(1, true, Criterion.LAW_ENFORCEMENT_OFFICIAL, "Chief of Police",
                    OrganizationKind.MUNICIPAL_POLICE, "Twin Cities", false, false));
            members.put("chief2@x.org", new Candidate(2, true, Criterion.LAW_ENFORCEMENT_OFFICIAL, "Chief of Police",
                    OrganizationKind.MUNICIPAL_POLICE, "Twin Cities", false, false));
            members.put("cso@x.org", new Candidate(3, true, Criterion.SECURITY_PRACTITIONER, "Chief Security Officer",
                    OrganizationKind.CORPORATION, "Twin Cities", true, false));
        }

        void check(String rows, List<SeatTermRow> stored) {
            SeatTermRow.check(table(ImportKind.SEATS, HEADER + rows, report), stored, members, rules, TODAY, report);
        }

        @Test
        void seatEligibilityTheCurrentHolderMustMeetTheSeatTypesRules() {
            check("3,POLICE_CHIEF,cso@x.org,,2026-01-01,2027-12-31,,\n", List.of());
            assertTrue(rules(report.errors()).contains("2:holder:SEAT_CRITERION"), report.errors().toString());
        }

        @Test
        void seatEligibilityAPastTermIsHistoryNotChecked() {
            check("3,POLICE_CHIEF,cso@x.org,,2020-01-01,2021-12-31,2021-12-31,term ended\n", List.of());
            assertTrue(report.clean(), report.errors().toString());
        }

        @Test
        void termLengthTooLongIsAnErrorForTheCurrentTermAndAWarningForAPastOne() {
            check("3,POLICE_CHIEF,chief@x.org,,2025-01-01,2028-12-31,,\n"
                    + "4,POLICE_CHIEF,chief2@x.org,,2015-01-01,2019-12-31,2019-12-31,\n", List.of());
            assertEquals(List.of("2:termEnd:TERM_LENGTH"), rules(report.errors()));
            assertEquals(List.of("3:termEnd:TERM_LENGTH"), rules(report.warnings()));
        }

        @Test
        void termLimitCountsEarlierTermsInTheFileAndStored() {
            SeatTermRow first = new SeatTermRow(3, "POLICE_CHIEF", "chief@x.org", null, LocalDate.of(2020, 1, 1),
                    LocalDate.of(2021, 12, 31), LocalDate.of(2021, 12, 31), null);
            check("3,POLICE_CHIEF,chief@x.org,,2022-01-01,2023-12-31,2023-12-31,\n"
                    + "3,POLICE_CHIEF,chief@x.org,,2024-01-01,2025-12-31,,\n", List.of(first));
            assertEquals(List.of("3:termEnd:TERM_LIMIT"), rules(report.errors()));
        }

        @Test
        void oneHolderASeatHasOneCurrentTerm() {
            check("3,POLICE_CHIEF,chief@x.org,,2025-01-01,2026-12-31,,\n3,POLICE_CHIEF,chief2@x.org,,2025-06-01,2027-05-31,,\n",
                    List.of());
            assertEquals(List.of("2:holder:ONE_HOLDER", "3:holder:ONE_HOLDER"), rules(report.errors()));
        }

        @Test
        void oneHolderEndingTheStoredTermInTheFileFreesTheSeat() {
            SeatTermRow storedTerm = new SeatTermRow(3, "POLICE_CHIEF", "chief@x.org", null, LocalDate.of(2024, 1, 1),
                    LocalDate.of(2025, 12, 31), null, null);
            check("3,POLICE_CHIEF,chief@x.org,,2024-01-01,2025-12-31,2025-06-30,retired\n"
                    + "3,POLICE_CHIEF,chief2@x.org,,2025-07-01,2027-06-30,,\n", List.of(storedTerm));
            assertTrue(report.clean(), report.errors().toString());
            assertEquals(List.of(RowAction.UPDATE, RowAction.CREATE), report.planned().stream().map(PlannedRow::action).toList());
        }

        @Test
        void oneSeatAMemberHoldsOneSeat() {
            check("3,POLICE_CHIEF,chief@x.org,,2025-01-01,2026-12-31,,\n4,POLICE_CHIEF,chief@x.org,,2025-01-01,2026-12-31,,\n",
                    List.of());
            assertTrue(rules(report.errors()).contains("2:holder:ONE_SEAT"), report.errors().toString());
        }

        @Test
        void unknownSeatSeatTypeMismatchAndUnknownMember() {
            check("9,POLICE_CHIEF,chief@x.org,,2025-01-01,2026-12-31,,\n1,POLICE_CHIEF,chief@x.org,,2025-01-01,2026-12-31,,\n"
                    + "3,POLICE_CHIEF,nobody@x.org,,2025-01-01,2026-12-31,,\n", List.of());
            assertEquals(List.of("2:position:UNKNOWN_SEAT", "3:seatType:SEAT_TYPE", "4:holder:UNKNOWN_MEMBER"),
                    rules(report.errors()));
        }

        @Test
        void termDatesEndBeforeStartIsAnError() {
            check("3,POLICE_CHIEF,chief@x.org,,2025-01-01,2024-12-31,,\n", List.of());
            assertEquals(List.of("2:termEnd:TERM_DATES"), rules(report.errors()));
        }
    }

    @Nested
    class Summits {
        static final String HEADER = "title,startsAt,endsAt,venue,capacity,status,cancelReason\n";
        Report report = new Report(ImportKind.SUMMITS);

        void check(String rows, Map<String, SummitRow> stored) {
            SummitRow.check(table(ImportKind.SUMMITS, HEADER + rows, report), stored, NOW, ZONE, report);
        }

        @Test
        void notPastUpcomingSummitsAreScheduledOnTheSummitPages() {
            check("Winter,2027-01-10T09:00:00-06:00,2027-01-10T12:00:00-06:00,HQ,80,SCHEDULED,\n", Map.of());
            assertEquals(List.of("2:startsAt:NOT_PAST"), rules(report.errors()));
        }

        @Test
        void aTimeWithoutOffsetIsInThePartnershipsZoneAndMatchesTheSameMomentWithOffset() {
            check("Spring,2026-04-10T09:00,2026-04-10T12:00,HQ,80,SCHEDULED,\n", Map.of());
            SummitRow row = (SummitRow) report.planned().get(0).value();
            assertEquals(Instant.parse("2026-04-10T14:00:00Z"), row.startsAt());
            assertEquals("2026-04-10T09:00:00-05:00", Cells.format(row.startsAt(), ZONE));
        }

        @Test
        void cancelReasonOnlyACancelledSummitHasOne() {
            check("A,2026-04-10T09:00,2026-04-10T12:00,HQ,80,CANCELLED,\nB,2026-05-10T09:00,2026-05-10T12:00,HQ,80,,storm\n",
                    Map.of());
            assertEquals(List.of("2:cancelReason:CANCEL_REASON", "3:cancelReason:CANCEL_REASON"), rules(report.errors()));
        }

        @Test
        void notATimeNamesTheColumn() {
            check("A,April 10th,2026-04-10T12:00,HQ,80,,\n", Map.of());
            assertEquals(List.of("2:startsAt:NOT_A_TIME"), rules(report.errors()));
        }
    }

    @Nested
    class Attendance {
        static final String HEADER = "summit,startsAt,email,checkedInAt,byDelegate\n";
        Report report = new Report(ImportKind.ATTENDANCE);
        final Instant spring = Instant.parse("2026-04-10T14:00:00Z");
        final Map<String, AttendanceRow.Summit> summits = Map.of(
                SummitRow.key("Spring", spring), new AttendanceRow.Summit("Spring", spring, false),
                SummitRow.key("Storm", Instant.parse("2026-06-10T14:00:00Z")),
                new AttendanceRow.Summit("Storm", Instant.parse("2026-06-10T14:00:00Z"), true));

        void check(String rows) {
            AttendanceRow.check(table(ImportKind.ATTENDANCE, HEADER + rows, report), summits, Set.of("a@x.org"), Map.of(),
                    NOW, ZONE, report);
        }

        @Test
        void unknownSummitCancelledSummitUnknownMemberAndDuplicateCheckIn() {
            check("Fall,2026-09-10T09:00:00-05:00,a@x.org,,\nStorm,2026-06-10T09:00:00-05:00,a@x.org,,\n"
                    + "Spring,2026-04-10T09:00:00-05:00,b@x.org,,\nSpring,2026-04-10T09:00:00-05:00,a@x.org,,\n"
                    + "spring,2026-04-10T09:00:00-05:00,A@x.org,,true\n");
            assertEquals(List.of("2:summit:UNKNOWN_SUMMIT", "3:summit:CANCELLED", "4:email:UNKNOWN_MEMBER",
                    "6:email:DUPLICATE_CHECK_IN"), rules(report.errors()));
        }

        @Test
        void aBlankCheckInTimeIsTheSummitsStart() {
            check("Spring,2026-04-10T09:00:00-05:00,a@x.org,,\n");
            assertEquals(spring, ((AttendanceRow) report.planned().get(0).value()).checkedInAt());
        }
    }

    @Test
    void exportColumnsAreTheColumnsTheImportReadsAndRequiredOnesAreAmongThem() {
        for (ImportKind kind : ImportKind.values()) {
            assertTrue(kind.columns().containsAll(kind.required()), kind.name());
        }
        assertEquals(List.of("email", "firstName", "lastName", "title", "organization", "criterion", "status", "joinedOn"),
                ImportKind.MEMBERS.columns().subList(0, 8));
        assertEquals(List.of("name", "sector", "kind", "region", "fortune500", "foundingSponsor"),
                ImportKind.ORGANIZATIONS.columns());
    }

    @Test
    void welcomeMailsGoInBatchesTheFirstAtOnceEachNextBatchOneIntervalLater() {
        WelcomeBatches batches = new WelcomeBatches(50, java.time.Duration.ofMinutes(10));
        assertEquals(NOW, batches.dueAt(0, NOW));
        assertEquals(NOW, batches.dueAt(49, NOW));
        assertEquals(NOW.plusSeconds(600), batches.dueAt(50, NOW));
        assertEquals(NOW.plusSeconds(99 * 600), batches.dueAt(4999, NOW));
    }
}
