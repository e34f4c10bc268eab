package org.partnershipsteward.organization.entity;

import java.util.EnumSet;
import java.util.Set;

/** What an organisation is; each kind belongs to the sectors it can be in. */
public enum OrganizationKind {
    FEDERAL_LAW_ENFORCEMENT("Federal law enforcement", EnumSet.of(Sector.PUBLIC)),
    COUNTY_SHERIFF("County sheriff's office", EnumSet.of(Sector.PUBLIC)),
    MUNICIPAL_POLICE("Municipal police department", EnumSet.of(Sector.PUBLIC)),
    STATE_AGENCY("State agency", EnumSet.of(Sector.PUBLIC)),
    CORPORATION("Corporation", EnumSet.of(Sector.PRIVATE)),
    SECURITY_SERVICES("Security services supplier", EnumSet.of(Sector.PRIVATE)),
    CRITICAL_INFRASTRUCTURE("Critical infrastructure operator", EnumSet.of(Sector.PUBLIC, Sector.PRIVATE));

    private final String label;
    private final Set<Sector> sectors;

    OrganizationKind(String label, Set<Sector> sectors) {
        this.label = label;
        this.sectors = sectors;
    }

    public String label() {
        return label;
    }

    public boolean allows(Sector sector) {
        return sectors.contains(sector);
    }
}
