package org.partnershipsteward.membership.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The secretariat settles a finding that needed review ({@code EXECUTIVE_LEVEL} unless {@code rule} names
 * another), with a note for the record.
 */
public record ReviewRequest(
        @NotNull(message = "is required") Boolean executiveLevelConfirmed,
        @NotBlank(message = "is required: say what you checked") @Size(max = 2000, message = "is at most 2000 characters") String note,
        String rule) {
}
