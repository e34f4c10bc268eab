package org.partnershipsteward.incident.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.partnershipsteward.incident.entity.ResourceKind;
import org.partnershipsteward.platform.rest.EnumValue;

/** One line of an organisation's resource list as a member or the secretariat writes it. */
public record ResourceRequest(
        @NotNull(message = "is required") @EnumValue(ResourceKind.class) String kind,
        @NotBlank(message = "is required") @Size(max = 1000, message = "is at most 1000 characters") String description,
        @Size(max = 300, message = "is at most 300 characters") String location,
        @Size(max = 300, message = "is at most 300 characters") String contact) {

    public ResourceKind kindValue() {
        return ResourceKind.valueOf(kind);
    }
}
