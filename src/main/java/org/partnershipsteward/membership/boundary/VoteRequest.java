package org.partnershipsteward.membership.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.partnershipsteward.ballot.entity.VoteDecision;
import org.partnershipsteward.platform.rest.EnumValue;

/** A board member's vote: APPROVE or REJECT, with an optional comment (the reason given to a rejected applicant). */
public record VoteRequest(
        @NotNull(message = "is required") @EnumValue(VoteDecision.class) String decision,
        @Size(max = 2000, message = "is at most 2000 characters") String comment) {
}
