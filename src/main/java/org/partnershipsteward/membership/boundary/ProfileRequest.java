package org.partnershipsteward.membership.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a member keeps current themself: position and contact details, and their assistant's. */
public record ProfileRequest(
        @NotBlank(message = "is required") @Size(max = 200, message = "is at most 200 characters") String title,
        @NotNull(message = "is required") Long organizationId,
        @Size(max = 50, message = "is at most 50 characters") String phone,
        @Size(max = 200, message = "is at most 200 characters") String assistantName,
        @Email(message = "is not an email address") @Size(max = 254, message = "is at most 254 characters") String assistantEmail,
        @Size(max = 50, message = "is at most 50 characters") String assistantPhone) {
}
