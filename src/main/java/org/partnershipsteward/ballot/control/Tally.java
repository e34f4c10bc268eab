package org.partnershipsteward.ballot.control;

import java.util.List;
import org.partnershipsteward.bylaws.entity.VoteOutcome;

/**
 * The count of one board question after a vote: what the {@link MajorityRule} says over the seated members.
 *
 * @param seated     board members seated now
 * @param approvals  approvals by seated members
 * @param rejections rejections by seated members
 * @param outcome    decided approve, decided reject, or still open ({@code PENDING})
 * @param reasons    the comments of the seated members who rejected, oldest first
 */
public record Tally(int seated, int approvals, int rejections, VoteOutcome outcome, List<String> reasons) {

    public Tally {
        reasons = List.copyOf(reasons);
    }

    /** For decisions and the audit trail, e.g. "5 of 9 seated board members approved". */
    public String approvedBy() {
        return approvals + " of " + seated + " seated board members approved";
    }
}
