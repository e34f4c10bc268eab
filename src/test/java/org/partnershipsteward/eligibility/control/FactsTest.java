package org.partnershipsteward.eligibility.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.partnershipsteward.eligibility.entity.FindingOutcome;
import org.partnershipsteward.organization.entity.OrganizationKind;
import org.partnershipsteward.organization.entity.Sector;

/** The input and output records refuse values the policy could not judge. */
class FactsTest {

    @Test
    void findingFactoriesSetTheOutcome() {
        assertEquals(FindingOutcome.MET, Finding.met("R", "why").outcome());
        assertEquals(FindingOutcome.NOT_MET, Finding.notMet("R", "why").outcome());
        assertEquals(FindingOutcome.NEEDS_REVIEW, Finding.needsReview("R", "why").outcome());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = " ")
    void findingNeedsARuleAndAReason(String blank) {
        assertThrows(IllegalArgumentException.class, () -> new Finding(blank, FindingOutcome.MET, "why"));
        assertThrows(IllegalArgumentException.class, () -> new Finding("R", FindingOutcome.MET, blank));
    }

    @Test
    void findingNeedsAnOutcome() {
        assertThrows(NullPointerException.class, () -> new Finding("R", null, "why"));
    }

    @Test
    void organisationNeedsKindSectorAndACountThatIsNotNegative() {
        assertThrows(NullPointerException.class, () -> new OrganizationFacts(null, Sector.PUBLIC, "x", 0));
        assertThrows(NullPointerException.class,
                () -> new OrganizationFacts(OrganizationKind.CORPORATION, null, "x", 0));
        assertThrows(IllegalArgumentException.class,
                () -> new OrganizationFacts(OrganizationKind.CORPORATION, Sector.PRIVATE, "x", -1));
        assertEquals(0, new OrganizationFacts(OrganizationKind.CORPORATION, Sector.PRIVATE, null, 0)
                .currentActiveMembers());
    }

    @Test
    void applicantNeedsOrganisationFacts() {
        assertThrows(NullPointerException.class, () -> new Applicant("Sheriff", null, null, null, false));
    }
}
