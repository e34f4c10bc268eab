package org.partnershipsteward.incident.boundary;

import java.time.Instant;
import java.util.List;

/** An organisation's resource list with when it was last changed and confirmed. */
public record ResourceListView(long organizationId, String organization, List<ResourceView> resources, Instant updatedAt,
        String updatedBy, Instant confirmedAt, String confirmedBy) {
}
