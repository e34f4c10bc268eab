package org.partnershipsteward.membership.entity;

import java.util.List;

/** Where a member stands; every change is a recorded decision. */
public enum MemberStatus {
    ACTIVE, AT_RISK, LAPSED, RESIGNED;

    /** The statuses of members who still belong to the partnership (invited, counted, may sign in). */
    public static final List<MemberStatus> CURRENT = List.of(ACTIVE, AT_RISK);

    /** Whether the member still belongs to the partnership. */
    public boolean current() {
        return CURRENT.contains(this);
    }
}
