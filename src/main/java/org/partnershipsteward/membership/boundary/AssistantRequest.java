package org.partnershipsteward.membership.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An assistant a member (or the secretariat for them) names: they get a login of their own by mail. */
public record AssistantRequest(
        @NotBlank(message = "is required") @Size(max = 100, message = "is at most 100 characters") String firstName,
        @NotBlank(message = "is required") @Size(max = 100, message = "is at most 100 characters") String lastName,
        @NotBlank(message = "is required") @Email(message = "is not an email address")
        @Size(max = 254, message = "is at most 254 characters") String email) {
}
