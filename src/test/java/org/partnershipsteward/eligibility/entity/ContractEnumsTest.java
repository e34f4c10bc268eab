package org.partnershipsteward.eligibility.entity;

import org.partnershipsteward.organization.entity.OrganizationKind;
import org.partnershipsteward.organization.entity.Sector;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.partnershipsteward.bylaws.entity.VoteOutcome;
import org.partnershipsteward.bylaws.entity.Criterion;

/** Enum values are part of the HTTP API contract (api.md): a rename or reorder must fail a test. */
class ContractEnumsTest {

    @Test
    void criterionValuesMatchTheApi() {
        assertEquals(List.of("SECURITY_PRACTITIONER", "SECURITY_SERVICES_SUPPLIER", "LAW_ENFORCEMENT_OFFICIAL",
                "CRITICAL_INFRASTRUCTURE_OFFICIAL"), names(Criterion.values()));
    }

    @Test
    void organizationKindValuesMatchTheApi() {
        assertEquals(List.of("FEDERAL_LAW_ENFORCEMENT", "COUNTY_SHERIFF", "MUNICIPAL_POLICE", "STATE_AGENCY",
                "CORPORATION", "SECURITY_SERVICES", "CRITICAL_INFRASTRUCTURE"), names(OrganizationKind.values()));
    }

    @Test
    void sectorAndOutcomeValuesMatchTheApi() {
        assertEquals(List.of("PUBLIC", "PRIVATE"), names(Sector.values()));
        assertEquals(List.of("MET", "NOT_MET", "NEEDS_REVIEW"), names(FindingOutcome.values()));
        assertEquals(List.of("ELIGIBLE", "INELIGIBLE", "NEEDS_REVIEW"), names(EligibilityVerdict.values()));
        assertEquals(List.of("APPROVED", "REJECTED", "PENDING"), names(VoteOutcome.values()));
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
