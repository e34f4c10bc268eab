package org.partnershipsteward.membership.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.partnershipsteward.platform.rest.EnumValue;

/** A personnel change that ends a membership: one recorded transition, and the successor invited to apply. */
public record TransitionRequest(
        @NotNull(message = "is required") @EnumValue(TransitionType.class) String type,
        @NotNull(message = "is required") LocalDate effectiveDate,
        @Email(message = "is not an email address") @Size(max = 254, message = "is at most 254 characters") String successorEmail) {

    /** Why the member leaves. */
    public enum TransitionType {
        LEFT_ORGANIZATION, RETIRED, RESIGNED, DECEASED
    }
}
