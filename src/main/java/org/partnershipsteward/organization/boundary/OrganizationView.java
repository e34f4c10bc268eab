package org.partnershipsteward.organization.boundary;

import org.partnershipsteward.organization.entity.Organization;
import org.partnershipsteward.organization.entity.OrganizationKind;
import org.partnershipsteward.organization.entity.Sector;

/** An organisation as the API shows it. */
public record OrganizationView(Long id, String name, Sector sector, OrganizationKind kind, String region,
        boolean fortune500, boolean foundingSponsor, Long primaryContactId, Long alternateContactId) {

    public static OrganizationView of(Organization o) {
        return new OrganizationView(o.getId(), o.getName(), o.getSector(), o.getKind(), o.getRegion(),
                o.isFortune500(), o.isFoundingSponsor(), o.getPrimaryContactId(), o.getAlternateContactId());
    }
}
