package org.partnershipsteward.board.entity;

/** Why an alternate acts for a seat: it has no holder, or its holder is on leave. */
public enum ActingReason {
    VACANT,
    ABSENT
}
