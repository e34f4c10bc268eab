package org.partnershipsteward.organization.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class OrganizationTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    @ParameterizedTest
    @EnumSource(value = OrganizationKind.class, names = {"FEDERAL_LAW_ENFORCEMENT", "COUNTY_SHERIFF", "MUNICIPAL_POLICE", "STATE_AGENCY"})
    void lawEnforcementKindsArePublicOnly(OrganizationKind kind) {
        assertTrue(kind.allows(Sector.PUBLIC));
        assertEquals(Map.of("kind", "A " + kind.label().toLowerCase() + " cannot be in the PRIVATE sector"),
                Organization.check(Sector.PRIVATE, kind, false, false));
    }

    @Test
    void criticalInfrastructureMayBeInEitherSector() {
        assertTrue(Organization.check(Sector.PUBLIC, OrganizationKind.CRITICAL_INFRASTRUCTURE, false, false).isEmpty());
        assertTrue(Organization.check(Sector.PRIVATE, OrganizationKind.CRITICAL_INFRASTRUCTURE, true, false).isEmpty());
    }

    @Test
    void onlyAPrivateCompanyCanBeFortune500OrTheFoundingSponsor() {
        Map<String, String> errors = Organization.check(Sector.PUBLIC, OrganizationKind.CRITICAL_INFRASTRUCTURE, true, true);
        assertEquals(2, errors.size());
        assertTrue(errors.containsKey("fortune500"));
        assertTrue(errors.containsKey("foundingSponsor"));
    }

    @Test
    void brokenInvariantChangesNothing() {
        Organization organization = new Organization(NOW);
        assertTrue(organization.describe("North Star Retail", Sector.PRIVATE, OrganizationKind.CORPORATION,
                " Twin Cities metro ", true, true, NOW).isEmpty());
        Map<String, String> errors = organization.describe("Renamed", Sector.PUBLIC, OrganizationKind.CORPORATION,
                null, true, false, NOW.plusSeconds(60));
        assertEquals(2, errors.size());
        assertEquals("North Star Retail", organization.getName());
        assertEquals(Sector.PRIVATE, organization.getSector());
        assertEquals("Twin Cities metro", organization.getRegion());
        assertEquals(NOW, organization.getUpdatedAt());
    }

    @Test
    void blankRegionIsStoredAsNone() {
        Organization organization = new Organization(NOW);
        organization.describe(" Sentinel Guard ", Sector.PRIVATE, OrganizationKind.SECURITY_SERVICES, "  ", false, false, NOW);
        assertNull(organization.getRegion());
        assertEquals("Sentinel Guard", organization.getName());
    }
}
