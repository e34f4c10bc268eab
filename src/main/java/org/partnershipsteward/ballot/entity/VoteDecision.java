package org.partnershipsteward.ballot.entity;

/** A seat holder's vote on a board decision. */
public enum VoteDecision {
    APPROVE, REJECT
}
