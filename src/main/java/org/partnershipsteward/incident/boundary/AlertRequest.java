package org.partnershipsteward.incident.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.partnershipsteward.incident.entity.AlertAudience;
import org.partnershipsteward.platform.rest.EnumValue;
import org.partnershipsteward.summit.entity.Sharing;

/** What the secretariat or a board member sends as an urgent alert (or a drill). */
public record AlertRequest(
        @NotBlank(message = "is required") @Size(max = 200, message = "is at most 200 characters") String title,
        @NotBlank(message = "is required") @Size(max = 5000, message = "is at most 5000 characters") String body,
        @NotNull(message = "is required") @EnumValue(Sharing.class) String sharing,
        @NotNull(message = "is required") @EnumValue(AlertAudience.class) String audience,
        Boolean drill) {

    public Sharing sharingValue() {
        return Sharing.valueOf(sharing);
    }

    public AlertAudience audienceValue() {
        return AlertAudience.valueOf(audience);
    }

    public boolean isDrill() {
        return Boolean.TRUE.equals(drill);
    }
}
