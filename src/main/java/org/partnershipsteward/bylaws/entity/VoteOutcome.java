package org.partnershipsteward.bylaws.entity;

/** The state of a board vote under the bylaws' majority rule. */
public enum VoteOutcome {
    /** Approvals reached the threshold of seated members. */
    APPROVED,
    /** Approval can no longer be reached, even if every remaining seated member approves. */
    REJECTED,
    /** Not decided yet (or the board has no seated member and cannot decide). */
    PENDING
}
