package org.partnershipsteward.membership.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.partnershipsteward.bylaws.entity.Criterion;
import org.partnershipsteward.platform.rest.EnumValue;

/** What an applicant sends (no login needed). */
public record ApplicationRequest(
        @NotBlank(message = "is required") @Size(max = 100, message = "is at most 100 characters") String firstName,
        @NotBlank(message = "is required") @Size(max = 100, message = "is at most 100 characters") String lastName,
        @NotBlank(message = "is required") @Email(message = "is not an email address")
        @Size(max = 254, message = "is at most 254 characters") String email,
        @NotBlank(message = "is required") @Size(max = 200, message = "is at most 200 characters") String title,
        @NotNull(message = "is required") Long organizationId,
        @NotNull(message = "is required") @EnumValue(Criterion.class) String criterion,
        Long sponsorMemberId) {
}
