package org.partnershipsteward.membership.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.partnershipsteward.membership.entity.ApplicationStatus;
import org.partnershipsteward.membership.entity.MemberStatus;
import org.partnershipsteward.platform.web.DashboardCard;
import org.partnershipsteward.platform.web.DashboardCards;

/** The dashboards: active members and applications under review; applications waiting for the board's votes. */
@ApplicationScoped
public class MembershipCards implements DashboardCards {

    @Inject
    Members members;

    @Inject
    Applications applications;

    @Override
    public List<DashboardCard> secretariatCards() {
        return List.of(
                new DashboardCard(20, "memberCount", String.valueOf(members.find(MemberStatus.ACTIVE).size()),
                        "active members", "/members/index", "Member directory"),
                new DashboardCard(30, "applicationCount",
                        String.valueOf(applications.find(ApplicationStatus.UNDER_REVIEW).size()),
                        "applications under review", "/secretariat/applications", "Applications"));
    }

    @Override
    public int awaitingMyVote() {
        return applications.awaitingVotes().size();
    }
}
