package org.partnershipsteward.summit.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;

/** When and where a summit takes place, how many seats it has, and until when members answer. */
public record SummitRequest(
        @NotBlank(message = "is required") @Size(max = 200, message = "is at most 200 characters") String title,
        @NotNull(message = "is required") OffsetDateTime startsAt,
        @NotNull(message = "is required") OffsetDateTime endsAt,
        @NotBlank(message = "is required") @Size(max = 300, message = "is at most 300 characters") String venue,
        @NotNull(message = "is required") @Min(value = 1, message = "must be at least 1")
        @Max(value = 5000, message = "must be at most 5000") Integer capacity,
        @NotNull(message = "is required") OffsetDateTime rsvpDeadline) {
}
