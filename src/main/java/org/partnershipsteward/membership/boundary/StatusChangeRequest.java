package org.partnershipsteward.membership.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.partnershipsteward.membership.entity.MemberStatus;
import org.partnershipsteward.platform.rest.EnumValue;

/** A recorded decision on a member's status, with the reason and the date it takes effect (default today). */
public record StatusChangeRequest(
        @NotNull(message = "is required") @EnumValue(MemberStatus.class) String status,
        @NotBlank(message = "is required: every status change is a recorded decision")
        @Size(max = 1000, message = "is at most 1000 characters") String reason,
        LocalDate effectiveDate) {
}
