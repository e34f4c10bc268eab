package org.partnershipsteward.eligibility.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.partnershipsteward.bylaws.entity.Criterion;
import org.partnershipsteward.organization.entity.OrganizationKind;
import org.partnershipsteward.organization.entity.Sector;
import org.partnershipsteward.bylaws.control.BylawsCodec;

class EligibilityRulesTest {

    private static final EligibilityRules TCSP = EligibilityRules.tcspDefaults();
    private static final CriterionRules ANY_POLICE =
            new CriterionRules(List.of(), Set.of(OrganizationKind.MUNICIPAL_POLICE), Set.of());

    @Test
    void tcspAdmitsAllFourCriteria() {
        assertEquals(EnumSet.allOf(Criterion.class), EnumSet.copyOf(TCSP.criteria().keySet()));
    }

    @Test
    void tcspRequiresTheTwinCitiesMetroAndHasNoCapsNorSponsorship() {
        assertEquals(Set.of("Twin Cities metro"), TCSP.regions());
        assertNull(TCSP.perOrganizationCap());
        assertNull(TCSP.totalCap());
        assertFalse(TCSP.sponsorRequired());
    }

    @Test
    void tcspOrganisationKindsPerCriterion() {
        assertEquals(Set.of(OrganizationKind.FEDERAL_LAW_ENFORCEMENT, OrganizationKind.COUNTY_SHERIFF,
                        OrganizationKind.MUNICIPAL_POLICE, OrganizationKind.STATE_AGENCY),
                kinds(Criterion.LAW_ENFORCEMENT_OFFICIAL));
        assertEquals(Set.of(OrganizationKind.CORPORATION, OrganizationKind.CRITICAL_INFRASTRUCTURE),
                kinds(Criterion.SECURITY_PRACTITIONER));
        assertEquals(Set.of(OrganizationKind.SECURITY_SERVICES), kinds(Criterion.SECURITY_SERVICES_SUPPLIER));
        assertEquals(Set.of(OrganizationKind.CRITICAL_INFRASTRUCTURE, OrganizationKind.STATE_AGENCY),
                kinds(Criterion.CRITICAL_INFRASTRUCTURE_OFFICIAL));
    }

    @Test
    void tcspSectorsPerCriterion() {
        assertEquals(Set.of(Sector.PUBLIC), sectors(Criterion.LAW_ENFORCEMENT_OFFICIAL));
        assertEquals(Set.of(Sector.PRIVATE), sectors(Criterion.SECURITY_PRACTITIONER));
        assertEquals(Set.of(Sector.PRIVATE), sectors(Criterion.SECURITY_SERVICES_SUPPLIER));
        assertEquals(Set.of(), sectors(Criterion.CRITICAL_INFRASTRUCTURE_OFFICIAL), "any sector");
    }

    @Test
    void tcspHasExecutivePatternsForEveryCriterionAndAJuniorList() {
        TCSP.criteria().forEach((c, r) -> assertFalse(r.executiveTitlePatterns().isEmpty(), c.name()));
        for (String word : List.of("analyst", "officer", "deputy", "sergeant", "manager", "coordinator",
                "specialist")) {
            assertTrue(TCSP.nonExecutiveTitlePatterns().stream().anyMatch(p -> p.contains(word)), word);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
    void capsBelowOneAreRejected(int cap) {
        assertThrows(IllegalArgumentException.class, () -> TCSP.withPerOrganizationCap(cap));
        assertThrows(IllegalArgumentException.class, () -> TCSP.withTotalCap(cap));
    }

    @Test
    void capsOfOneOrNullAreAccepted() {
        assertEquals(1, TCSP.withPerOrganizationCap(1).perOrganizationCap());
        assertEquals(1, TCSP.withTotalCap(1).totalCap());
        assertNull(TCSP.withTotalCap(5).withTotalCap(null).totalCap());
    }

    @Test
    void bylawsMustAdmitAtLeastOneCriterion() {
        assertThrows(IllegalArgumentException.class,
                () -> new EligibilityRules(Map.of(), List.of(), Set.of(), null, null, false));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void blankRegionIsRejected(String region) {
        assertThrows(IllegalArgumentException.class, () -> TCSP.withRegions(Set.of(region)));
    }

    @Test
    void aCriterionMustAllowSomeOrganisationKind() {
        assertThrows(IllegalArgumentException.class, () -> new CriterionRules(List.of(), Set.of(), Set.of()));
    }

    @Test
    void missingCollectionsAreRejected() {
        assertThrows(NullPointerException.class,
                () -> new EligibilityRules(null, List.of(), Set.of(), null, null, false));
        assertThrows(NullPointerException.class,
                () -> new CriterionRules(null, Set.of(OrganizationKind.CORPORATION), Set.of()));
    }

    @Test
    void rulesAreImmutableCopiesOfWhatTheyWereBuiltFrom() {
        var criteria = new HashMap<>(Map.of(Criterion.LAW_ENFORCEMENT_OFFICIAL, ANY_POLICE));
        var junior = new ArrayList<>(List.of("\\bsergeant\\b"));
        var regions = new HashSet<>(Set.of("Twin Cities metro"));
        var rules = new EligibilityRules(criteria, junior, regions, null, null, false);
        criteria.clear();
        junior.clear();
        regions.clear();
        assertEquals(1, rules.criteria().size());
        assertEquals(1, rules.nonExecutiveTitlePatterns().size());
        assertEquals(1, rules.regions().size());
        assertThrows(UnsupportedOperationException.class, () -> rules.regions().add("Duluth"));
        assertThrows(UnsupportedOperationException.class,
                () -> TCSP.criteria().remove(Criterion.SECURITY_PRACTITIONER));
    }

    @Test
    void withersChangeOnlyTheirOwnRule() {
        var changed = TCSP.withRegions(Set.of()).withPerOrganizationCap(2).withTotalCap(80).withSponsorRequired(true);
        assertEquals(new EligibilityRules(TCSP.criteria(), TCSP.nonExecutiveTitlePatterns(), Set.of(), 2, 80, true),
                changed);
        assertEquals(Set.of("Twin Cities metro"), TCSP.regions(), "the original is unchanged");
    }

    private static Set<OrganizationKind> kinds(Criterion c) {
        return TCSP.criteria().get(c).allowedKinds();
    }

    private static Set<Sector> sectors(Criterion c) {
        return TCSP.criteria().get(c).allowedSectors();
    }

    @Test
    void shippedBylawsYieldTheTestedTcspEligibilityRules() {
        assertEquals(EligibilityRules.tcspDefaults(), EligibilityRules.of(BylawsCodec.tcspDefault()));
    }
}
