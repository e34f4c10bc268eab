package org.partnershipsteward.incident.boundary;

import org.partnershipsteward.incident.entity.OrganizationResource;

/** One resource as the API and the pages show it, with its organisation. */
public record ResourceView(long id, long organizationId, String organization, String kind, String kindLabel,
        String description, String location, String contact) {

    static ResourceView of(OrganizationResource r, String organization) {
        return new ResourceView(r.getId(), r.getOrganizationId(), organization, r.getKind().name(), r.getKind().label(),
                r.getDescription(), r.getLocation(), r.getContact());
    }
}
