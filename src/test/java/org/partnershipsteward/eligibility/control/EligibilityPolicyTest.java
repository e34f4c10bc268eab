package org.partnershipsteward.eligibility.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.partnershipsteward.eligibility.control.EligibilityPolicy.CRITERION_MET;
import static org.partnershipsteward.eligibility.control.EligibilityPolicy.EXECUTIVE_LEVEL;
import static org.partnershipsteward.eligibility.control.EligibilityPolicy.ORGANIZATION_CAP;
import static org.partnershipsteward.eligibility.control.EligibilityPolicy.ORGANIZATION_KIND;
import static org.partnershipsteward.eligibility.control.EligibilityPolicy.REGION;
import static org.partnershipsteward.eligibility.control.EligibilityPolicy.RULES;
import static org.partnershipsteward.eligibility.control.EligibilityPolicy.SECTOR;
import static org.partnershipsteward.eligibility.control.EligibilityPolicy.SPONSOR;
import static org.partnershipsteward.eligibility.control.EligibilityPolicy.TOTAL_CAP;
import static org.partnershipsteward.bylaws.entity.Criterion.CRITICAL_INFRASTRUCTURE_OFFICIAL;
import static org.partnershipsteward.bylaws.entity.Criterion.LAW_ENFORCEMENT_OFFICIAL;
import static org.partnershipsteward.bylaws.entity.Criterion.SECURITY_PRACTITIONER;
import static org.partnershipsteward.bylaws.entity.Criterion.SECURITY_SERVICES_SUPPLIER;
import static org.partnershipsteward.eligibility.entity.FindingOutcome.MET;
import static org.partnershipsteward.eligibility.entity.FindingOutcome.NEEDS_REVIEW;
import static org.partnershipsteward.eligibility.entity.FindingOutcome.NOT_MET;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.partnershipsteward.bylaws.entity.Criterion;
import org.partnershipsteward.eligibility.entity.EligibilityVerdict;
import org.partnershipsteward.eligibility.entity.FindingOutcome;
import org.partnershipsteward.organization.entity.OrganizationKind;
import org.partnershipsteward.organization.entity.Sector;

class EligibilityPolicyTest {

    private static final String METRO = "Twin Cities metro";
    private static final EligibilityRules TCSP = EligibilityRules.tcspDefaults();
    private final EligibilityPolicy tcsp = new EligibilityPolicy(TCSP);

    // ---- the whole pre-screen ---------------------------------------------------------------------------

    @Test
    void everyRuleYieldsExactlyOneFindingInRuleOrder() {
        List<Finding> findings = tcsp.evaluate(chiefOfPolice(), 40);
        assertEquals(RULES, findings.stream().map(Finding::rule).toList());
    }

    @Test
    void everyRuleYieldsAFindingEvenWhenEverythingFails() {
        var rules = TCSP.withPerOrganizationCap(1).withTotalCap(1).withSponsorRequired(true);
        var nobody = new Applicant(" ", null, new OrganizationFacts(OrganizationKind.CORPORATION, Sector.PRIVATE,
                "Chicago", 1), null, false);
        List<Finding> findings = new EligibilityPolicy(rules).evaluate(nobody, 1);
        assertEquals(RULES, findings.stream().map(Finding::rule).toList());
        assertTrue(findings.stream().allMatch(f -> f.outcome() == NOT_MET), findings::toString);
        assertTrue(findings.stream().noneMatch(f -> f.reason().isBlank()));
    }

    @Test
    void metroChiefOfPoliceIsEligible() {
        List<Finding> findings = tcsp.evaluate(chiefOfPolice(), 40);
        assertTrue(findings.stream().allMatch(f -> f.outcome() == MET), findings::toString);
        assertEquals(EligibilityVerdict.ELIGIBLE, EligibilityPolicy.overall(findings));
    }

    @Test
    void corporateChiefSecurityOfficerIsEligible() {
        var cso = new Applicant("Chief Security Officer", SECURITY_PRACTITIONER,
                org(OrganizationKind.CORPORATION, Sector.PRIVATE), null, false);
        assertEquals(EligibilityVerdict.ELIGIBLE, EligibilityPolicy.overall(tcsp.evaluate(cso, 40)));
    }

    @Test
    void allFailuresAreReportedNotOnlyTheFirst() {
        var applicant = new Applicant("Chief of Police", LAW_ENFORCEMENT_OFFICIAL,
                new OrganizationFacts(OrganizationKind.CORPORATION, Sector.PRIVATE, "Duluth", 0), null, false);
        List<Finding> findings = tcsp.evaluate(applicant, 40);
        assertEquals(MET, outcome(findings, EXECUTIVE_LEVEL));
        assertEquals(NOT_MET, outcome(findings, ORGANIZATION_KIND));
        assertEquals(NOT_MET, outcome(findings, SECTOR));
        assertEquals(NOT_MET, outcome(findings, REGION));
        assertEquals(EligibilityVerdict.INELIGIBLE, EligibilityPolicy.overall(findings));
    }

    @Test
    void evaluateRejectsMissingApplicantAndNegativeMembership() {
        assertThrows(NullPointerException.class, () -> tcsp.evaluate(null, 0));
        assertThrows(IllegalArgumentException.class, () -> tcsp.evaluate(chiefOfPolice(), -1));
    }

    @Test
    void policyNeedsRules() {
        assertThrows(NullPointerException.class, () -> new EligibilityPolicy(null));
        assertEquals(TCSP, tcsp.rules());
    }

    // ---- CRITERION_MET ----------------------------------------------------------------------------------

    @Test
    void noCriterionChosenIsNotMetAndDependentRulesCannotPass() {
        var applicant = new Applicant("Chief of Police", null, org(OrganizationKind.MUNICIPAL_POLICE, Sector.PUBLIC),
                null, false);
        List<Finding> findings = tcsp.evaluate(applicant, 0);
        assertEquals(NOT_MET, outcome(findings, CRITERION_MET));
        assertTrue(reason(findings, CRITERION_MET).contains("no criterion chosen"));
        for (String rule : List.of(EXECUTIVE_LEVEL, ORGANIZATION_KIND, SECTOR)) {
            assertEquals(NOT_MET, outcome(findings, rule), rule);
            assertTrue(reason(findings, rule).startsWith("cannot be checked"), rule);
        }
        assertEquals(EligibilityVerdict.INELIGIBLE, EligibilityPolicy.overall(findings));
    }

    @Test
    void criterionNotAdmittedByTheBylawsIsNotMet() {
        var lawEnforcementOnly = new EligibilityRules(
                Map.of(LAW_ENFORCEMENT_OFFICIAL, TCSP.criteria().get(LAW_ENFORCEMENT_OFFICIAL)),
                TCSP.nonExecutiveTitlePatterns(), Set.of(), null, null, false);
        var supplier = new Applicant("President", SECURITY_SERVICES_SUPPLIER,
                org(OrganizationKind.SECURITY_SERVICES, Sector.PRIVATE), null, false);
        List<Finding> findings = new EligibilityPolicy(lawEnforcementOnly).evaluate(supplier, 0);
        assertEquals(NOT_MET, outcome(findings, CRITERION_MET));
        assertTrue(reason(findings, CRITERION_MET).contains("law enforcement official"), "names what is admitted");
        assertEquals(NOT_MET, outcome(findings, EXECUTIVE_LEVEL));
    }

    @ParameterizedTest
    @EnumSource(Criterion.class)
    void everyTcspCriterionIsAdmitted(Criterion criterion) {
        var applicant = new Applicant("x", criterion, org(OrganizationKind.CORPORATION, Sector.PRIVATE), null, false);
        Finding finding = find(tcsp.evaluate(applicant, 0), CRITERION_MET);
        assertEquals(MET, finding.outcome());
        assertTrue(finding.reason().contains(criterion.name().toLowerCase().replace('_', ' ')));
    }

    // ---- EXECUTIVE_LEVEL --------------------------------------------------------------------------------

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', value = {
            "Chief of Police                             | LAW_ENFORCEMENT_OFFICIAL",
            "Police Chief                                | LAW_ENFORCEMENT_OFFICIAL",
            "Chief of Police, City of Minneapolis        | LAW_ENFORCEMENT_OFFICIAL",
            "Sheriff                                     | LAW_ENFORCEMENT_OFFICIAL",
            "County Sheriff                              | LAW_ENFORCEMENT_OFFICIAL",
            "Sheriff, Hennepin County                    | LAW_ENFORCEMENT_OFFICIAL",
            "Special Agent in Charge                     | LAW_ENFORCEMENT_OFFICIAL",
            "SAC, Minneapolis Field Office               | LAW_ENFORCEMENT_OFFICIAL",
            "Superintendent                              | LAW_ENFORCEMENT_OFFICIAL",
            "Commissioner of Public Safety               | LAW_ENFORCEMENT_OFFICIAL",
            "Director                                    | LAW_ENFORCEMENT_OFFICIAL",
            "Director, Minnesota Bureau of Criminal Apprehension | LAW_ENFORCEMENT_OFFICIAL",
            "Director of Homeland Security               | LAW_ENFORCEMENT_OFFICIAL",
            "Chief Security Officer                      | SECURITY_PRACTITIONER",
            "CSO                                         | SECURITY_PRACTITIONER",
            "Chief Information Security Officer          | SECURITY_PRACTITIONER",
            "CISO                                        | SECURITY_PRACTITIONER",
            "Global Chief Security Officer               | SECURITY_PRACTITIONER",
            "Vice President, Corporate Security          | SECURITY_PRACTITIONER",
            "Senior Vice President and Chief Security Officer | SECURITY_PRACTITIONER",
            "VP Global Security                          | SECURITY_PRACTITIONER",
            "SVP, Assets Protection and Security         | SECURITY_PRACTITIONER",
            "Director of Corporate Security              | SECURITY_PRACTITIONER",
            "Senior Director, Global Security            | SECURITY_PRACTITIONER",
            "Security Director                           | SECURITY_PRACTITIONER",
            "Head of Security                            | SECURITY_PRACTITIONER",
            "Head of Global Security                     | SECURITY_PRACTITIONER",
            "President                                   | SECURITY_SERVICES_SUPPLIER",
            "President and CEO                           | SECURITY_SERVICES_SUPPLIER",
            "CEO                                         | SECURITY_SERVICES_SUPPLIER",
            "Chief Executive Officer                     | SECURITY_SERVICES_SUPPLIER",
            "Managing Director                           | SECURITY_SERVICES_SUPPLIER",
            "Regional Vice President                     | SECURITY_SERVICES_SUPPLIER",
            "General Manager                             | SECURITY_SERVICES_SUPPLIER",
            "Chief Security Officer                      | CRITICAL_INFRASTRUCTURE_OFFICIAL",
            "Director of Security                        | CRITICAL_INFRASTRUCTURE_OFFICIAL",
            "Director of Emergency Management            | CRITICAL_INFRASTRUCTURE_OFFICIAL",
            "Vice President, Security and Operations     | CRITICAL_INFRASTRUCTURE_OFFICIAL",
            "Vice President of Operations                | CRITICAL_INFRASTRUCTURE_OFFICIAL",
            "Head of Security                            | CRITICAL_INFRASTRUCTURE_OFFICIAL"})
    void executiveTitlesOfTheCriterionAreMet(String title, Criterion criterion) {
        assertEquals(MET, executiveLevel(title, criterion).outcome());
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', value = {
            "Crime Analyst                            | LAW_ENFORCEMENT_OFFICIAL",
            "Police Officer                           | LAW_ENFORCEMENT_OFFICIAL",
            "Deputy Sheriff                           | LAW_ENFORCEMENT_OFFICIAL",
            "Chief Deputy                             | LAW_ENFORCEMENT_OFFICIAL",
            "Deputy Chief of Police                   | LAW_ENFORCEMENT_OFFICIAL",
            "Assistant Chief of Police                | LAW_ENFORCEMENT_OFFICIAL",
            "Sergeant                                 | LAW_ENFORCEMENT_OFFICIAL",
            "Lieutenant                               | LAW_ENFORCEMENT_OFFICIAL",
            "Special Agent                            | LAW_ENFORCEMENT_OFFICIAL",
            "Assistant Special Agent in Charge        | LAW_ENFORCEMENT_OFFICIAL",
            "ASAC                                     | LAW_ENFORCEMENT_OFFICIAL",
            "Intelligence Analyst                     | SECURITY_PRACTITIONER",
            "Security Manager                         | SECURITY_PRACTITIONER",
            "Regional Security Manager                | SECURITY_PRACTITIONER",
            "Security Officer                         | SECURITY_PRACTITIONER",
            "Deputy Chief Security Officer            | SECURITY_PRACTITIONER",
            "Deputy Director of Corporate Security    | SECURITY_PRACTITIONER",
            "Assistant Vice President, Security       | SECURITY_PRACTITIONER",
            "Security Coordinator                     | SECURITY_PRACTITIONER",
            "Physical Security Specialist             | SECURITY_PRACTITIONER",
            "Investigator                             | SECURITY_PRACTITIONER",
            "Branch Manager                           | SECURITY_SERVICES_SUPPLIER",
            "Account Manager                          | SECURITY_SERVICES_SUPPLIER",
            "Security Guard                           | SECURITY_SERVICES_SUPPLIER",
            "Emergency Management Coordinator         | CRITICAL_INFRASTRUCTURE_OFFICIAL",
            "Operations Supervisor                    | CRITICAL_INFRASTRUCTURE_OFFICIAL"})
    void nonExecutiveTitlesAreNotMet(String title, Criterion criterion) {
        Finding finding = executiveLevel(title, criterion);
        assertEquals(NOT_MET, finding.outcome(), finding.reason());
        assertTrue(finding.reason().contains("below executive level"), finding.reason());
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', value = {
            "Undersheriff                     | LAW_ENFORCEMENT_OFFICIAL",
            "Acting Chief of Police           | LAW_ENFORCEMENT_OFFICIAL",
            "Interim Sheriff                  | LAW_ENFORCEMENT_OFFICIAL",
            "Chief                            | LAW_ENFORCEMENT_OFFICIAL",
            "Senior Vice President            | SECURITY_PRACTITIONER",
            "Executive Director               | SECURITY_PRACTITIONER",
            "Partner                          | SECURITY_SERVICES_SUPPLIER",
            "Owner                            | SECURITY_SERVICES_SUPPLIER",
            "Plant Director                   | CRITICAL_INFRASTRUCTURE_OFFICIAL"})
    void unknownTitleNeedsReviewNeverAccepted(String title, Criterion criterion) {
        var applicant = new Applicant(title, criterion, qualifyingOrg(criterion), null, false);
        List<Finding> findings = tcsp.evaluate(applicant, 0);
        assertEquals(NEEDS_REVIEW, outcome(findings, EXECUTIVE_LEVEL), reason(findings, EXECUTIVE_LEVEL));
        assertTrue(reason(findings, EXECUTIVE_LEVEL).contains("confirm"), "tells the reviewer what to do");
        assertEquals(EligibilityVerdict.NEEDS_REVIEW, EligibilityPolicy.overall(findings));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "   ", "\t\n"})
    void blankTitleIsNotMet(String title) {
        Finding finding = executiveLevel(title, LAW_ENFORCEMENT_OFFICIAL);
        assertEquals(NOT_MET, finding.outcome());
        assertTrue(finding.reason().contains("no title"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"CHIEF OF POLICE", "chief of police", "  Chief   of\tPolice  ", "cHiEf Of PoLiCe"})
    void titleMatchingIgnoresCaseAndExtraSpaces(String title) {
        assertEquals(MET, executiveLevel(title, LAW_ENFORCEMENT_OFFICIAL).outcome());
    }

    @Test
    void chiefSecurityOfficerIsNotCaughtByTheOfficerPattern() {
        assertEquals(NOT_MET, executiveLevel("Security Officer", SECURITY_PRACTITIONER).outcome());
        assertEquals(MET, executiveLevel("Chief Security Officer", SECURITY_PRACTITIONER).outcome());
    }

    @Test
    void executiveTitleOfAnotherCriterionNeedsReviewAndNamesThatCriterion() {
        Finding finding = executiveLevel("Chief Security Officer", LAW_ENFORCEMENT_OFFICIAL);
        assertEquals(NEEDS_REVIEW, finding.outcome());
        assertTrue(finding.reason().contains("security practitioner"), finding.reason());
        assertTrue(finding.reason().contains("check the criterion"), finding.reason());
    }

    @Test
    void reasonQuotesTheTitleAndTheJuniorWordFound() {
        Finding finding = executiveLevel("Deputy Sheriff", LAW_ENFORCEMENT_OFFICIAL);
        assertTrue(finding.reason().contains("'Deputy Sheriff'"), finding.reason());
        assertTrue(finding.reason().contains("'Deputy'"), finding.reason());
    }

    @Test
    void withoutExecutivePatternsEveryNonJuniorTitleIsReviewed() {
        var reviewAll = new EligibilityRules(
                Map.of(LAW_ENFORCEMENT_OFFICIAL, new CriterionRules(List.of(),
                        Set.of(OrganizationKind.MUNICIPAL_POLICE), Set.of())),
                List.of("\\bsergeant\\b"), Set.of(), null, null, false);
        var policy = new EligibilityPolicy(reviewAll);
        assertEquals(NEEDS_REVIEW, outcome(policy.evaluate(chiefOfPolice(), 0), EXECUTIVE_LEVEL));
        var sergeant = new Applicant("Sergeant", LAW_ENFORCEMENT_OFFICIAL,
                org(OrganizationKind.MUNICIPAL_POLICE, Sector.PUBLIC), null, false);
        assertEquals(NOT_MET, outcome(policy.evaluate(sergeant, 0), EXECUTIVE_LEVEL));
    }

    @Test
    void customPatternsReplaceTheDefaults() {
        var custom = new EligibilityRules(
                Map.of(LAW_ENFORCEMENT_OFFICIAL, new CriterionRules(List.of("^marshal\\b"),
                        Set.of(OrganizationKind.MUNICIPAL_POLICE), Set.of())),
                List.of(), Set.of(), null, null, false);
        var policy = new EligibilityPolicy(custom);
        var marshal = new Applicant("Marshal", LAW_ENFORCEMENT_OFFICIAL,
                org(OrganizationKind.MUNICIPAL_POLICE, Sector.PUBLIC), null, false);
        assertEquals(MET, outcome(policy.evaluate(marshal, 0), EXECUTIVE_LEVEL));
        assertEquals(NEEDS_REVIEW, outcome(policy.evaluate(chiefOfPolice(), 0), EXECUTIVE_LEVEL));
    }

    @Test
    void invalidTitlePatternIsRejectedWhenThePolicyIsBuilt() {
        var broken = new EligibilityRules(
                Map.of(LAW_ENFORCEMENT_OFFICIAL, new CriterionRules(List.of("(unclosed"),
                        Set.of(OrganizationKind.MUNICIPAL_POLICE), Set.of())),
                List.of(), Set.of(), null, null, false);
        assertThrows(IllegalArgumentException.class, () -> new EligibilityPolicy(broken));
        var brokenJunior = new EligibilityRules(TCSP.criteria(), List.of("[a-"), Set.of(), null, null, false);
        assertThrows(IllegalArgumentException.class, () -> new EligibilityPolicy(brokenJunior));
    }

    // ---- ORGANIZATION_KIND and SECTOR -------------------------------------------------------------------

    /** The TCSP table from the brief, written out independently of {@link EligibilityRules#tcspDefaults()}. */
    private static final Map<Criterion, Set<OrganizationKind>> TCSP_KINDS = Map.of(
            LAW_ENFORCEMENT_OFFICIAL, Set.of(OrganizationKind.FEDERAL_LAW_ENFORCEMENT, OrganizationKind.COUNTY_SHERIFF,
                    OrganizationKind.MUNICIPAL_POLICE, OrganizationKind.STATE_AGENCY),
            SECURITY_PRACTITIONER, Set.of(OrganizationKind.CORPORATION, OrganizationKind.CRITICAL_INFRASTRUCTURE),
            SECURITY_SERVICES_SUPPLIER, Set.of(OrganizationKind.SECURITY_SERVICES),
            CRITICAL_INFRASTRUCTURE_OFFICIAL, Set.of(OrganizationKind.CRITICAL_INFRASTRUCTURE,
                    OrganizationKind.STATE_AGENCY));

    static Stream<Arguments> everyCriterionAndKind() {
        List<Arguments> all = new ArrayList<>();
        for (Criterion c : Criterion.values()) {
            for (OrganizationKind k : OrganizationKind.values()) {
                all.add(Arguments.of(c, k, TCSP_KINDS.get(c).contains(k)));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} at {1}: allowed={2}")
    @MethodSource("everyCriterionAndKind")
    void organizationKindMustQualifyForTheCriterion(Criterion criterion, OrganizationKind kind, boolean allowed) {
        var applicant = new Applicant("x", criterion, org(kind, Sector.PUBLIC), null, false);
        Finding finding = find(tcsp.evaluate(applicant, 0), ORGANIZATION_KIND);
        assertEquals(allowed ? MET : NOT_MET, finding.outcome(), finding.reason());
        if (!allowed) {
            assertTrue(finding.reason().contains("allowed:"), "says what would qualify");
        }
    }

    @ParameterizedTest(name = "{0} in the {1} sector: allowed={2}")
    @CsvSource({
            "LAW_ENFORCEMENT_OFFICIAL, PUBLIC, true",
            "LAW_ENFORCEMENT_OFFICIAL, PRIVATE, false",
            "SECURITY_PRACTITIONER, PRIVATE, true",
            "SECURITY_PRACTITIONER, PUBLIC, false",
            "SECURITY_SERVICES_SUPPLIER, PRIVATE, true",
            "SECURITY_SERVICES_SUPPLIER, PUBLIC, false",
            "CRITICAL_INFRASTRUCTURE_OFFICIAL, PUBLIC, true",
            "CRITICAL_INFRASTRUCTURE_OFFICIAL, PRIVATE, true"})
    void sectorMustQualifyForTheCriterion(Criterion criterion, Sector sector, boolean allowed) {
        var applicant = new Applicant("x", criterion, org(OrganizationKind.CRITICAL_INFRASTRUCTURE, sector), null,
                false);
        assertEquals(allowed ? MET : NOT_MET, outcome(tcsp.evaluate(applicant, 0), SECTOR));
    }

    // ---- REGION -----------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"Twin Cities metro", "TWIN CITIES METRO", "  twin  cities\tmetro "})
    void organisationInTheRegionIsMetIgnoringCaseAndSpaces(String region) {
        assertEquals(MET, outcome(tcsp.evaluate(chiefOfPoliceIn(region), 0), REGION));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Duluth", "Twin Cities", "Chicago metro", "Twin Cities metro area"})
    void organisationOutsideTheRegionIsNotMet(String region) {
        Finding finding = find(tcsp.evaluate(chiefOfPoliceIn(region), 0), REGION);
        assertEquals(NOT_MET, finding.outcome());
        assertTrue(finding.reason().contains(METRO), "names the required region");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void organisationWithoutRegionOnFileNeedsReview(String region) {
        assertEquals(NEEDS_REVIEW, outcome(tcsp.evaluate(chiefOfPoliceIn(region), 0), REGION));
    }

    @Test
    void anyOfSeveralRegionsQualifies() {
        var policy = new EligibilityPolicy(TCSP.withRegions(Set.of(METRO, "Rochester")));
        assertEquals(MET, outcome(policy.evaluate(chiefOfPoliceIn("rochester"), 0), REGION));
        assertEquals(NOT_MET, outcome(policy.evaluate(chiefOfPoliceIn("Duluth"), 0), REGION));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"Duluth"})
    void regionRuleSwitchedOffIsMetAsNotRequired(String region) {
        var policy = new EligibilityPolicy(TCSP.withRegions(Set.of()));
        Finding finding = find(policy.evaluate(chiefOfPoliceIn(region), 0), REGION);
        assertEquals(MET, finding.outcome());
        assertTrue(finding.reason().startsWith("not required by the bylaws"));
    }

    // ---- ORGANIZATION_CAP and TOTAL_CAP -----------------------------------------------------------------

    @ParameterizedTest(name = "cap {0}, {1} already: met={2}")
    @CsvSource({"1,0,true", "1,1,false", "2,0,true", "2,1,true", "2,2,false", "2,3,false", "3,2,true"})
    void organisationCapCountsActiveMembersOfTheOrganisation(int cap, int current, boolean met) {
        var policy = new EligibilityPolicy(TCSP.withPerOrganizationCap(cap));
        var applicant = new Applicant("Sheriff", LAW_ENFORCEMENT_OFFICIAL,
                new OrganizationFacts(OrganizationKind.COUNTY_SHERIFF, Sector.PUBLIC, METRO, current), null, false);
        Finding finding = find(policy.evaluate(applicant, 0), ORGANIZATION_CAP);
        assertEquals(met ? MET : NOT_MET, finding.outcome());
        assertTrue(finding.reason().contains(String.valueOf(cap)), "names the cap");
    }

    @ParameterizedTest(name = "cap {0}, {1} members: met={2}")
    @CsvSource({"1,0,true", "1,1,false", "60,59,true", "60,60,false", "60,61,false"})
    void totalCapCountsActiveMembersOfThePartnership(int cap, int total, boolean met) {
        var policy = new EligibilityPolicy(TCSP.withTotalCap(cap));
        Finding finding = find(policy.evaluate(chiefOfPolice(), total), TOTAL_CAP);
        assertEquals(met ? MET : NOT_MET, finding.outcome());
        assertTrue(finding.reason().contains(String.valueOf(cap)), "names the cap");
    }

    @Test
    void capsSwitchedOffAreMetAsNotRequiredWhateverTheCounts() {
        var crowded = new Applicant("Sheriff", LAW_ENFORCEMENT_OFFICIAL,
                new OrganizationFacts(OrganizationKind.COUNTY_SHERIFF, Sector.PUBLIC, METRO, 1_000), null, false);
        List<Finding> findings = tcsp.evaluate(crowded, 100_000);
        for (String rule : List.of(ORGANIZATION_CAP, TOTAL_CAP)) {
            assertEquals(MET, outcome(findings, rule));
            assertTrue(reason(findings, rule).startsWith("not required by the bylaws"), rule);
        }
    }

    // ---- SPONSOR ----------------------------------------------------------------------------------------

    @ParameterizedTest(name = "sponsor {0}, active={1}: {2}")
    @CsvSource(nullValues = "none", value = {"none,false,NOT_MET", "none,true,NOT_MET", "12,false,NOT_MET",
            "12,true,MET"})
    void sponsorRequiredMeansAnActiveMemberSponsors(Long sponsorId, boolean active, FindingOutcome expected) {
        var policy = new EligibilityPolicy(TCSP.withSponsorRequired(true));
        var applicant = new Applicant("Chief of Police", LAW_ENFORCEMENT_OFFICIAL,
                org(OrganizationKind.MUNICIPAL_POLICE, Sector.PUBLIC), sponsorId, active);
        Finding finding = find(policy.evaluate(applicant, 0), SPONSOR);
        assertEquals(expected, finding.outcome(), finding.reason());
        if (sponsorId != null) {
            assertTrue(finding.reason().contains("12"), "names the sponsor");
        }
    }

    @ParameterizedTest(name = "sponsor {0}, active={1}")
    @CsvSource(nullValues = "none", value = {"none,false", "12,false", "12,true"})
    void sponsorNotRequiredIsMetAsNotRequired(Long sponsorId, boolean active) {
        var applicant = new Applicant("Chief of Police", LAW_ENFORCEMENT_OFFICIAL,
                org(OrganizationKind.MUNICIPAL_POLICE, Sector.PUBLIC), sponsorId, active);
        Finding finding = find(tcsp.evaluate(applicant, 0), SPONSOR);
        assertEquals(MET, finding.outcome());
        assertTrue(finding.reason().startsWith("not required by the bylaws"));
    }

    // ---- overall ----------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "MET, ELIGIBLE",
            "MET MET MET, ELIGIBLE",
            "MET NEEDS_REVIEW, NEEDS_REVIEW",
            "NEEDS_REVIEW NEEDS_REVIEW, NEEDS_REVIEW",
            "MET NOT_MET, INELIGIBLE",
            "NEEDS_REVIEW NOT_MET MET, INELIGIBLE",
            "NOT_MET, INELIGIBLE"})
    void overallIsIneligibleOnAnyNotMetElseReviewOnAnyReview(String outcomes, EligibilityVerdict expected) {
        List<Finding> findings = Stream.of(outcomes.split(" "))
                .map(o -> new Finding("RULE_" + o, FindingOutcome.valueOf(o), "because"))
                .toList();
        assertEquals(expected, EligibilityPolicy.overall(findings));
    }

    @Test
    void noFindingsAtAllIsNeverEligible() {
        assertEquals(EligibilityVerdict.NEEDS_REVIEW, EligibilityPolicy.overall(List.of()));
        assertThrows(NullPointerException.class, () -> EligibilityPolicy.overall(null));
    }

    // ---- settle -----------------------------------------------------------------------------------------

    @Test
    void confirmingAReviewedExecutiveLevelMakesTheApplicantEligible() {
        List<Finding> findings = tcsp.evaluate(undersheriff(), 0);
        assertEquals(EligibilityVerdict.NEEDS_REVIEW, EligibilityPolicy.overall(findings));

        List<Finding> settled = EligibilityPolicy.settle(findings, EXECUTIVE_LEVEL, true, " runs the office ");
        assertEquals(MET, outcome(settled, EXECUTIVE_LEVEL));
        assertEquals("confirmed on review: runs the office", reason(settled, EXECUTIVE_LEVEL));
        assertEquals(EligibilityVerdict.ELIGIBLE, EligibilityPolicy.overall(settled));
    }

    @Test
    void refusingAReviewedExecutiveLevelMakesTheApplicantIneligible() {
        List<Finding> settled = EligibilityPolicy.settle(tcsp.evaluate(undersheriff(), 0), EXECUTIVE_LEVEL, false,
                null);
        assertEquals(NOT_MET, outcome(settled, EXECUTIVE_LEVEL));
        assertEquals("refused on review", reason(settled, EXECUTIVE_LEVEL));
        assertEquals(EligibilityVerdict.INELIGIBLE, EligibilityPolicy.overall(settled));
    }

    @Test
    void settlingKeepsOtherFindingsAndTheirOrderAndDoesNotChangeTheInput() {
        List<Finding> findings = tcsp.evaluate(undersheriff(), 0);
        List<Finding> settled = EligibilityPolicy.settle(findings, EXECUTIVE_LEVEL, true, "");
        assertEquals(RULES, settled.stream().map(Finding::rule).toList());
        for (int i = 0; i < findings.size(); i++) {
            if (!findings.get(i).rule().equals(EXECUTIVE_LEVEL)) {
                assertEquals(findings.get(i), settled.get(i));
            }
        }
        assertEquals(NEEDS_REVIEW, outcome(findings, EXECUTIVE_LEVEL), "input untouched");
        assertNotEquals(findings, settled);
    }

    @Test
    void settlingAMissingRegionWorksLikeAnyReviewedRule() {
        List<Finding> findings = tcsp.evaluate(chiefOfPoliceIn(null), 0);
        assertEquals(EligibilityVerdict.NEEDS_REVIEW, EligibilityPolicy.overall(findings));
        List<Finding> settled = EligibilityPolicy.settle(findings, REGION, true, "St Paul");
        assertEquals(EligibilityVerdict.ELIGIBLE, EligibilityPolicy.overall(settled));
    }

    @Test
    void onlyAFindingThatNeedsReviewCanBeSettled() {
        List<Finding> eligible = tcsp.evaluate(chiefOfPolice(), 0);
        assertThrows(IllegalStateException.class,
                () -> EligibilityPolicy.settle(eligible, EXECUTIVE_LEVEL, true, "ok"));
        assertThrows(IllegalStateException.class,
                () -> EligibilityPolicy.settle(eligible, "NO_SUCH_RULE", true, "ok"));
        List<Finding> junior = tcsp.evaluate(new Applicant("Deputy Sheriff", LAW_ENFORCEMENT_OFFICIAL,
                org(OrganizationKind.COUNTY_SHERIFF, Sector.PUBLIC), null, false), 0);
        assertThrows(IllegalStateException.class,
                () -> EligibilityPolicy.settle(junior, EXECUTIVE_LEVEL, true, "overrule"),
                "a NOT_MET finding is not overruled by settle");
    }

    @Test
    void findingsAreImmutable() {
        List<Finding> findings = tcsp.evaluate(chiefOfPolice(), 0);
        assertThrows(UnsupportedOperationException.class, () -> findings.add(findings.get(0)));
        List<Finding> settled = EligibilityPolicy.settle(tcsp.evaluate(undersheriff(), 0), EXECUTIVE_LEVEL, true, "");
        assertThrows(UnsupportedOperationException.class, () -> settled.remove(0));
    }

    @Test
    void normalizeTrimsAndCollapsesWhitespace() {
        assertEquals("", EligibilityPolicy.normalize(null));
        assertEquals("a b", EligibilityPolicy.normalize("  a \t\n b "));
        assertFalse(EligibilityPolicy.normalize(" x ").startsWith(" "));
    }

    // ---- helpers ----------------------------------------------------------------------------------------

    private Finding executiveLevel(String title, Criterion criterion) {
        return find(tcsp.evaluate(new Applicant(title, criterion, qualifyingOrg(criterion), null, false), 0),
                EXECUTIVE_LEVEL);
    }

    private static OrganizationFacts qualifyingOrg(Criterion criterion) {
        return switch (criterion) {
            case LAW_ENFORCEMENT_OFFICIAL -> org(OrganizationKind.MUNICIPAL_POLICE, Sector.PUBLIC);
            case SECURITY_PRACTITIONER -> org(OrganizationKind.CORPORATION, Sector.PRIVATE);
            case SECURITY_SERVICES_SUPPLIER -> org(OrganizationKind.SECURITY_SERVICES, Sector.PRIVATE);
            case CRITICAL_INFRASTRUCTURE_OFFICIAL -> org(OrganizationKind.CRITICAL_INFRASTRUCTURE, Sector.PRIVATE);
        };
    }

    private static OrganizationFacts org(OrganizationKind kind, Sector sector) {
        return new OrganizationFacts(kind, sector, METRO, 0);
    }

    private static Applicant chiefOfPolice() {
        return chiefOfPoliceIn(METRO);
    }

    private static Applicant chiefOfPoliceIn(String region) {
        return new Applicant("Chief of Police", LAW_ENFORCEMENT_OFFICIAL,
                new OrganizationFacts(OrganizationKind.MUNICIPAL_POLICE, Sector.PUBLIC, region, 0), null, false);
    }

    private static Applicant undersheriff() {
        return new Applicant("Undersheriff", LAW_ENFORCEMENT_OFFICIAL,
                org(OrganizationKind.COUNTY_SHERIFF, Sector.PUBLIC), null, false);
    }

    private static Finding find(List<Finding> findings, String rule) {
        List<Finding> matching = findings.stream().filter(f -> f.rule().equals(rule)).toList();
        assertEquals(1, matching.size(), () -> "exactly one finding for " + rule + " in " + findings);
        return matching.get(0);
    }

    private static FindingOutcome outcome(List<Finding> findings, String rule) {
        return find(findings, rule).outcome();
    }

    private static String reason(List<Finding> findings, String rule) {
        return find(findings, rule).reason();
    }
}
