package org.partnershipsteward.board.control;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.partnershipsteward.bylaws.entity.Criterion;
import org.partnershipsteward.organization.entity.OrganizationKind;
import org.partnershipsteward.organization.entity.Sector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.partnershipsteward.bylaws.entity.Criterion.CRITICAL_INFRASTRUCTURE_OFFICIAL;
import static org.partnershipsteward.bylaws.entity.Criterion.LAW_ENFORCEMENT_OFFICIAL;
import static org.partnershipsteward.bylaws.entity.Criterion.SECURITY_PRACTITIONER;
import static org.partnershipsteward.organization.entity.OrganizationKind.CORPORATION;
import static org.partnershipsteward.organization.entity.OrganizationKind.COUNTY_SHERIFF;
import static org.partnershipsteward.organization.entity.OrganizationKind.FEDERAL_LAW_ENFORCEMENT;
import static org.partnershipsteward.organization.entity.OrganizationKind.MUNICIPAL_POLICE;
import static org.partnershipsteward.organization.entity.OrganizationKind.SECURITY_SERVICES;

class SeatEligibilityTest {

    private static final String REGION = "Twin Cities";
    private static final Map<String, SeatType> TCSP = SeatType.tcspDefaults().stream()
            .collect(Collectors.toMap(SeatType::code, Function.identity()));

    private final SeatEligibility eligibility = new SeatEligibility();

    private static SeatType seat(String code) {
        return TCSP.get(code);
    }

    private static Candidate sac() {
        return new Candidate(1, true, LAW_ENFORCEMENT_OFFICIAL, "Special Agent in Charge", FEDERAL_LAW_ENFORCEMENT,
                "Minneapolis Field Office", false, false);
    }

    private static Candidate sheriff() {
        return new Candidate(2, true, LAW_ENFORCEMENT_OFFICIAL, "Hennepin County Sheriff", COUNTY_SHERIFF, REGION,
                false, false);
    }

    private static Candidate chief() {
        return new Candidate(3, true, LAW_ENFORCEMENT_OFFICIAL, "Chief of Police", MUNICIPAL_POLICE, REGION,
                false, false);
    }

    private static Candidate sponsorCso() {
        return new Candidate(4, true, SECURITY_PRACTITIONER, "Chief Security Officer", CORPORATION, "Elsewhere",
                false, true);
    }

    private static Candidate fortune500Cso() {
        return new Candidate(5, true, SECURITY_PRACTITIONER, "Vice President, Global Security", CORPORATION, REGION,
                true, false);
    }

    private static Candidate withTitle(Candidate c, String title) {
        return new Candidate(c.memberId(), c.activeMember(), c.criterion(), title, c.kind(), c.region(),
                c.fortune500(), c.foundingSponsor());
    }

    private List<SeatFinding> failures(String seatCode, Candidate candidate) {
        return SeatEligibility.failures(eligibility.evaluate(seat(seatCode), candidate, REGION));
    }

    private Set<String> failingRules(String seatCode, Candidate candidate) {
        return failures(seatCode, candidate).stream().map(SeatFinding::rule).collect(Collectors.toSet());
    }

    @Nested
    class TcspSeatTypes {

        @Test
        void tcspDefaultsHaveFiveTypesAndNineSeats() {
            List<SeatType> types = SeatType.tcspDefaults();
            assertEquals(List.of("FBI_SAC", "SHERIFF", "POLICE_CHIEF", "FOUNDING_SPONSOR_EXECUTIVE",
                    "PRIVATE_SECTOR_EXECUTIVE"), types.stream().map(SeatType::code).toList());
            assertEquals(9, types.stream().mapToInt(SeatType::count).sum());
            assertEquals(List.of(1, 1, 2, 1, 4), types.stream().map(SeatType::count).toList());
        }

        @Test
        void tcspLawEnforcementSeatsArePublicAndExecutiveSeatsPrivate() {
            assertEquals(Sector.PUBLIC, seat("FBI_SAC").sector());
            assertEquals(Sector.PUBLIC, seat("SHERIFF").sector());
            assertEquals(Sector.PUBLIC, seat("POLICE_CHIEF").sector());
            assertEquals(Sector.PRIVATE, seat("FOUNDING_SPONSOR_EXECUTIVE").sector());
            assertEquals(Sector.PRIVATE, seat("PRIVATE_SECTOR_EXECUTIVE").sector());
        }

        @Test
        void eachTcspSeatAcceptsItsTypicalHolder() {
            assertTrue(eligibility.isEligible(seat("FBI_SAC"), sac(), REGION));
            assertTrue(eligibility.isEligible(seat("SHERIFF"), sheriff(), REGION));
            assertTrue(eligibility.isEligible(seat("POLICE_CHIEF"), chief(), REGION));
            assertTrue(eligibility.isEligible(seat("FOUNDING_SPONSOR_EXECUTIVE"), sponsorCso(), REGION));
            assertTrue(eligibility.isEligible(seat("PRIVATE_SECTOR_EXECUTIVE"), fortune500Cso(), REGION));
        }

        @Test
        void eligibleCandidateGetsOneMetFindingPerRuleTheSeatTurnsOn() {
            List<SeatFinding> findings = eligibility.evaluate(seat("PRIVATE_SECTOR_EXECUTIVE"), fortune500Cso(), REGION);
            assertEquals(List.of(SeatFinding.ACTIVE_MEMBER, SeatFinding.CRITERION, SeatFinding.ORGANIZATION_KIND,
                    SeatFinding.REGION, SeatFinding.FORTUNE_500, SeatFinding.TITLE),
                    findings.stream().map(SeatFinding::rule).toList());
            assertTrue(findings.stream().allMatch(SeatFinding::met));
            assertTrue(findings.stream().noneMatch(f -> f.reason().isBlank()));
        }

        @Test
        void rulesTheSeatDoesNotTurnOnYieldNoFinding() {
            List<String> rules = eligibility.evaluate(seat("FBI_SAC"), sac(), REGION).stream()
                    .map(SeatFinding::rule).toList();
            assertEquals(List.of(SeatFinding.ACTIVE_MEMBER, SeatFinding.CRITERION, SeatFinding.ORGANIZATION_KIND,
                    SeatFinding.TITLE), rules);
        }

        @Test
        void fbiSacSeatDoesNotRequireTheRegion() {
            assertTrue(failingRules("FBI_SAC", sac()).isEmpty(), "the field office region differs from the partnership's");
        }

        @Test
        void foundingSponsorSeatNeedsNeitherRegionNorFortune500() {
            assertTrue(failingRules("FOUNDING_SPONSOR_EXECUTIVE", sponsorCso()).isEmpty());
        }
    }

    @Nested
    class EachRuleNamesItself {

        @Test
        void inactiveMemberFailsSeatActiveMember() {
            Candidate lapsed = new Candidate(2, false, LAW_ENFORCEMENT_OFFICIAL, "Sheriff", COUNTY_SHERIFF, REGION,
                    false, false);
            List<SeatFinding> failures = failures("SHERIFF", lapsed);
            assertEquals(1, failures.size());
            assertEquals(SeatFinding.ACTIVE_MEMBER, failures.get(0).rule());
            assertTrue(failures.get(0).reason().contains("active member"));
        }

        @Test
        void wrongCriterionFailsSeatCriterionAndSaysBoth() {
            Candidate supplier = new Candidate(2, true, CRITICAL_INFRASTRUCTURE_OFFICIAL, "Sheriff", COUNTY_SHERIFF,
                    REGION, false, false);
            List<SeatFinding> failures = failures("SHERIFF", supplier);
            assertEquals(Set.of(SeatFinding.CRITERION), failingRules("SHERIFF", supplier));
            String reason = failures.get(0).reason();
            assertTrue(reason.contains("law enforcement official"), reason);
            assertTrue(reason.contains("critical infrastructure official"), reason);
        }

        @Test
        void unknownCriterionFailsSeatCriterion() {
            Candidate unknown = new Candidate(2, true, null, "Sheriff", COUNTY_SHERIFF, REGION, false, false);
            assertEquals(Set.of(SeatFinding.CRITERION), failingRules("SHERIFF", unknown));
        }

        @Test
        void municipalChiefCannotTakeTheSheriffSeat() {
            Candidate chiefAsSheriff = withTitle(chief(), "Sheriff");
            List<SeatFinding> failures = failures("SHERIFF", chiefAsSheriff);
            assertEquals(Set.of(SeatFinding.ORGANIZATION_KIND), failingRules("SHERIFF", chiefAsSheriff));
            assertTrue(failures.get(0).reason().contains("county sheriff"), failures.get(0).reason());
            assertTrue(failures.get(0).reason().contains("municipal police"), failures.get(0).reason());
        }

        @Test
        void unknownOrganizationKindFailsSeatOrganizationKind() {
            Candidate noKind = new Candidate(3, true, LAW_ENFORCEMENT_OFFICIAL, "Chief of Police", null, REGION,
                    false, false);
            assertEquals(Set.of(SeatFinding.ORGANIZATION_KIND), failingRules("POLICE_CHIEF", noKind));
        }

        @Test
        void securityServicesSupplierIsNotACorporationForExecutiveSeats() {
            Candidate supplier = new Candidate(6, true, SECURITY_PRACTITIONER, "Chief Security Officer",
                    SECURITY_SERVICES, REGION, true, false);
            assertEquals(Set.of(SeatFinding.ORGANIZATION_KIND), failingRules("PRIVATE_SECTOR_EXECUTIVE", supplier));
        }

        @Test
        void organisationOutsideTheRegionFailsSeatRegion() {
            Candidate outOfTown = new Candidate(3, true, LAW_ENFORCEMENT_OFFICIAL, "Chief of Police", MUNICIPAL_POLICE,
                    "Duluth", false, false);
            List<SeatFinding> failures = failures("POLICE_CHIEF", outOfTown);
            assertEquals(Set.of(SeatFinding.REGION), failingRules("POLICE_CHIEF", outOfTown));
            assertTrue(failures.get(0).reason().contains("Duluth"));
            assertTrue(failures.get(0).reason().contains(REGION));
        }

        @Test
        void regionIsComparedIgnoringCaseAndBlanks() {
            Candidate shouting = new Candidate(3, true, LAW_ENFORCEMENT_OFFICIAL, "Chief of Police", MUNICIPAL_POLICE,
                    "  TWIN   cities ", false, false);
            assertTrue(eligibility.isEligible(seat("POLICE_CHIEF"), shouting, REGION));
        }

        @Test
        void unknownOrganisationRegionFailsSeatRegion() {
            Candidate noRegion = new Candidate(3, true, LAW_ENFORCEMENT_OFFICIAL, "Chief of Police", MUNICIPAL_POLICE,
                    " ", false, false);
            assertEquals(Set.of(SeatFinding.REGION), failingRules("POLICE_CHIEF", noRegion));
        }

        @Test
        void seatNeedingRegionFailsWhenThePartnershipHasNoRegionConfigured() {
            List<SeatFinding> failures = SeatEligibility.failures(
                    eligibility.evaluate(seat("POLICE_CHIEF"), chief(), null));
            assertEquals(1, failures.size());
            assertEquals(SeatFinding.REGION, failures.get(0).rule());
            assertTrue(failures.get(0).reason().contains("no region is configured"));
        }

        @Test
        void companyOffTheFortune500ListFailsSeatFortune500() {
            Candidate small = new Candidate(5, true, SECURITY_PRACTITIONER, "Chief Security Officer", CORPORATION,
                    REGION, false, false);
            assertEquals(Set.of(SeatFinding.FORTUNE_500), failingRules("PRIVATE_SECTOR_EXECUTIVE", small));
        }

        @Test
        void otherCompanyFailsSeatFoundingSponsor() {
            assertEquals(Set.of(SeatFinding.FOUNDING_SPONSOR),
                    failingRules("FOUNDING_SPONSOR_EXECUTIVE", fortune500Cso()));
        }

        @Test
        void everyFailingRuleIsReportedNotOnlyTheFirst() {
            Candidate wrongInEveryWay = new Candidate(9, false, SECURITY_PRACTITIONER, "Analyst", CORPORATION,
                    "Chicago", false, false);
            assertEquals(Set.of(SeatFinding.ACTIVE_MEMBER, SeatFinding.CRITERION, SeatFinding.ORGANIZATION_KIND,
                    SeatFinding.REGION, SeatFinding.TITLE), failingRules("SHERIFF", wrongInEveryWay));
            assertFalse(eligibility.isEligible(seat("SHERIFF"), wrongInEveryWay, REGION));
        }
    }

    @Nested
    class Titles {

        @ParameterizedTest
        @ValueSource(strings = {"Chief of Police", "Police Chief", "CHIEF OF POLICE, City of St. Paul",
                "chief-of-police"})
        void policeChiefSeatAcceptsTheTopRank(String title) {
            assertTrue(eligibility.isEligible(seat("POLICE_CHIEF"), withTitle(chief(), title), REGION), title);
        }

        @ParameterizedTest
        @ValueSource(strings = {"Deputy Chief of Police", "Assistant Chief of Police", "Police Officer",
                "Chief Executive", "Policeman"})
        void policeChiefSeatRefusesOtherRanksWithSeatTitle(String title) {
            assertEquals(Set.of(SeatFinding.TITLE), failingRules("POLICE_CHIEF", withTitle(chief(), title)), title);
        }

        @Test
        void assistantSpecialAgentInChargeIsNotTheSac() {
            List<SeatFinding> failures = failures("FBI_SAC", withTitle(sac(), "Assistant Special Agent in Charge"));
            assertEquals(1, failures.size());
            assertEquals(SeatFinding.TITLE, failures.get(0).rule());
            assertTrue(failures.get(0).reason().contains("assistant"), failures.get(0).reason());
        }

        @Test
        void sacAbbreviationIsAcceptedButAsacIsNot() {
            assertTrue(eligibility.isEligible(seat("FBI_SAC"), withTitle(sac(), "SAC, Minneapolis"), REGION));
            assertFalse(eligibility.isEligible(seat("FBI_SAC"), withTitle(sac(), "ASAC, Minneapolis"), REGION));
        }

        @Test
        void chiefDeputySheriffIsNotTheSheriff() {
            assertEquals(Set.of(SeatFinding.TITLE), failingRules("SHERIFF", withTitle(sheriff(), "Chief Deputy Sheriff")));
        }

        @Test
        void undersheriffDoesNotMatchSheriffAsAWord() {
            assertEquals(Set.of(SeatFinding.TITLE), failingRules("SHERIFF", withTitle(sheriff(), "Undersheriff")));
        }

        @ParameterizedTest
        @ValueSource(strings = {"Chief Security Officer", "CSO", "Chief Information Security Officer", "CISO",
                "Senior Vice President, Security", "VP Security & Resilience", "Global Head of Security",
                "Director of Corporate Security", "EVP and Chief Security Officer"})
        void executiveSeatsAcceptSeniorSecurityTitles(String title) {
            assertTrue(eligibility.isEligible(seat("PRIVATE_SECTOR_EXECUTIVE"), withTitle(fortune500Cso(), title),
                    REGION), title);
        }

        @ParameterizedTest
        @ValueSource(strings = {"Security Manager", "Vice President, Finance", "Deputy Chief Security Officer",
                "Assistant Director of Security", "Associate Director, Security", "Security Analyst"})
        void executiveSeatsRefuseJuniorOrNonSecurityTitles(String title) {
            assertEquals(Set.of(SeatFinding.TITLE),
                    failingRules("PRIVATE_SECTOR_EXECUTIVE", withTitle(fortune500Cso(), title)), title);
        }

        @Test
        void missingTitleFailsSeatTitleWithAnExample() {
            List<SeatFinding> failures = failures("SHERIFF", withTitle(sheriff(), null));
            assertEquals(1, failures.size());
            assertEquals(SeatFinding.TITLE, failures.get(0).rule());
            assertTrue(failures.get(0).reason().contains("sheriff"), failures.get(0).reason());
        }

        @Test
        void blankTitleFailsSeatTitle() {
            assertEquals(Set.of(SeatFinding.TITLE), failingRules("SHERIFF", withTitle(sheriff(), "   ")));
        }

        @Test
        void seatWithOnlyExclusionsAcceptsAnyOtherTitle() {
            SeatType anyButDeputy = new SeatType("ANY", "Any", 1, Sector.PUBLIC, Set.of(), Set.of(), false, false,
                    false, List.of("!deputy"));
            Candidate someone = withTitle(chief(), "Commissioner");
            assertTrue(eligibility.isEligible(anyButDeputy, someone, REGION));
            assertFalse(eligibility.isEligible(anyButDeputy, withTitle(someone, "Deputy Commissioner"), REGION));
        }

        @Test
        void seatWithoutPatternsDoesNotCheckTheTitle() {
            SeatType open = new SeatType("OPEN", "Open", 1, Sector.PRIVATE, Set.of(), Set.of(), false, false, false,
                    List.of());
            List<SeatFinding> findings = eligibility.evaluate(open, withTitle(chief(), null), REGION);
            assertEquals(List.of(SeatFinding.ACTIVE_MEMBER), findings.stream().map(SeatFinding::rule).toList());
            assertTrue(SeatEligibility.isEligible(findings));
        }
    }

    @Nested
    class SeatTypesAreData {

        @Test
        void customSeatTypeWithSeveralCriteriaAndKindsAcceptsAnyOfThem() {
            SeatType infrastructure = new SeatType("CI", "Critical infrastructure executive", 2, Sector.PRIVATE,
                    Set.of(CRITICAL_INFRASTRUCTURE_OFFICIAL, SECURITY_PRACTITIONER),
                    Set.of(OrganizationKind.CRITICAL_INFRASTRUCTURE, CORPORATION), false, false, false,
                    List.of("chief security officer"));
            Candidate utility = new Candidate(7, true, CRITICAL_INFRASTRUCTURE_OFFICIAL, "Chief Security Officer",
                    OrganizationKind.CRITICAL_INFRASTRUCTURE, null, false, false);
            assertTrue(eligibility.isEligible(infrastructure, utility, REGION));
            Candidate sheriffThere = withTitle(sheriff(), "Chief Security Officer");
            assertEquals(Set.of(SeatFinding.CRITERION, SeatFinding.ORGANIZATION_KIND), SeatEligibility.failures(
                    eligibility.evaluate(infrastructure, sheriffThere, REGION)).stream().map(SeatFinding::rule)
                    .collect(Collectors.toSet()));
        }

        @Test
        void emptyCriteriaAndKindsMeanAny() {
            SeatType open = new SeatType("OPEN", "Open", 1, Sector.PRIVATE, Set.of(), Set.of(), false, false, false,
                    List.of());
            for (Criterion criterion : Criterion.values()) {
                Candidate c = new Candidate(1, true, criterion, null, null, null, false, false);
                assertTrue(eligibility.isEligible(open, c, null), criterion.name());
            }
        }

        @Test
        void emptyFindingListIsEligibleAndHasNoFailures() {
            assertTrue(SeatEligibility.isEligible(List.of()));
            assertTrue(SeatEligibility.failures(List.of()).isEmpty());
        }
    }

    @Nested
    class AHoldersChangeOfPosition {

        @Test
        void aSeatHolderWhoStillFitsTheSeatAfterANewTitleHasNoFailures() {
            Candidate renamed = new Candidate(3, true, LAW_ENFORCEMENT_OFFICIAL, "Police Chief", MUNICIPAL_POLICE, REGION,
                    false, false);
            assertTrue(SeatEligibility.recheck(seat("POLICE_CHIEF"), renamed, REGION).isEmpty());
        }

        @Test
        void aSeatHoldersNewSubordinateTitleFailsTheSeatsTitleRule() {
            Candidate demoted = new Candidate(3, true, LAW_ENFORCEMENT_OFFICIAL, "Deputy Chief of Police", MUNICIPAL_POLICE,
                    REGION, false, false);
            List<SeatFinding> failures = SeatEligibility.recheck(seat("POLICE_CHIEF"), demoted, REGION);
            assertEquals(List.of(SeatFinding.TITLE), failures.stream().map(SeatFinding::rule).toList());
            assertTrue(failures.get(0).reason().contains("Deputy Chief of Police"), failures.get(0).reason());
        }

        @Test
        void aSeatHoldersNewOrganisationOutsideTheSeatsKindAndRegionFailsThoseRules() {
            Candidate moved = new Candidate(3, true, LAW_ENFORCEMENT_OFFICIAL, "Chief of Police", COUNTY_SHERIFF, "Duluth",
                    false, false);
            assertEquals(Set.of(SeatFinding.ORGANIZATION_KIND, SeatFinding.REGION), SeatEligibility.recheck(seat("POLICE_CHIEF"),
                    moved, REGION).stream().map(SeatFinding::rule).collect(Collectors.toSet()));
        }
    }
}
