package org.partnershipsteward.membership.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What an assistant keeps current themself: their name and phone (the email is their login). */
public record AssistantContactRequest(
        @NotBlank(message = "is required") @Size(max = 100, message = "is at most 100 characters") String firstName,
        @NotBlank(message = "is required") @Size(max = 100, message = "is at most 100 characters") String lastName,
        @Size(max = 50, message = "is at most 50 characters") String phone) {
}
