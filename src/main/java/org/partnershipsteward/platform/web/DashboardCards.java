package org.partnershipsteward.platform.web;

import java.util.List;

/**
 * Extension point: a component shows what it knows on the role dashboards by providing a CDI bean of
 * this type, so that the dashboard gathers figures without depending on the components that own them.
 * {@link DashboardPage} asks only for what the caller's roles see, so a contribution may call boundaries
 * that allow just that role.
 */
public interface DashboardCards {

    /** Cards on the secretariat's dashboard. */
    default List<DashboardCard> secretariatCards() {
        return List.of();
    }

    /** Cards on a member's dashboard. */
    default List<DashboardCard> memberCards() {
        return List.of();
    }

    /** How many of this component's items wait for the calling board member's vote. */
    default int awaitingMyVote() {
        return 0;
    }
}
