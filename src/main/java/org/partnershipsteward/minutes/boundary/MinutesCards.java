package org.partnershipsteward.minutes.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.partnershipsteward.platform.web.DashboardCard;
import org.partnershipsteward.platform.web.DashboardCards;

/** The dashboards: overdue actions (secretariat), my open actions (member), minutes waiting for the board's vote. */
@ApplicationScoped
public class MinutesCards implements DashboardCards {

    @Inject
    Actions actions;

    @Inject
    Minutes minutes;

    @Override
    public List<DashboardCard> secretariatCards() {
        return List.of(new DashboardCard(55, "overdueActions", String.valueOf(actions.overdue().size()), "overdue actions",
                "/secretariat/actions", "Actions"));
    }

    @Override
    public List<DashboardCard> memberCards() {
        long open = actions.mine().stream().filter(a -> "OPEN".equals(a.status())).count();
        return List.of(new DashboardCard(40, "myOpenActions", String.valueOf(open), "open actions of mine", "/member/actions",
                "My actions"));
    }

    @Override
    public int awaitingMyVote() {
        return minutes.awaitingVotes().size();
    }
}
