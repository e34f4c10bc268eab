package org.partnershipsteward.membership.entity;

/** Whether the member's title is confirmed as executive level, or a change of title or organisation needs a look. */
public enum ExecutiveLevel {
    CONFIRMED, NEEDS_REVIEW
}
