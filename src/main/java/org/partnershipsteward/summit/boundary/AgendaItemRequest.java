package org.partnershipsteward.summit.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.partnershipsteward.platform.rest.EnumValue;
import org.partnershipsteward.summit.entity.Sharing;

/** An agenda item: a topic from the bylaws' list, a presenter, minutes, and how it may be shared. */
public record AgendaItemRequest(
        @NotBlank(message = "is required") @Size(max = 300, message = "is at most 300 characters") String title,
        @NotBlank(message = "is required") String topic,
        @Size(max = 200, message = "is at most 200 characters") String presenter,
        @NotNull(message = "is required") @Min(value = 5, message = "must be at least 5")
        @Max(value = 480, message = "must be at most 480") Integer minutes,
        @EnumValue(Sharing.class) String sharing) {
}
