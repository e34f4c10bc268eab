package org.partnershipsteward.membership.entity;

/** A board member's vote. */
public enum VoteDecision {
    APPROVE, REJECT
}
