package org.partnershipsteward.membership.entity;

/** Where a member stands; every change is a recorded decision. */
public enum MemberStatus {
    ACTIVE, AT_RISK, LAPSED, RESIGNED;

    /** Whether the member still belongs to the partnership (and is invited, counted and may sign in). */
    public boolean current() {
        return this == ACTIVE || this == AT_RISK;
    }
}
