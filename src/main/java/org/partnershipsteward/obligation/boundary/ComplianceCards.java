package org.partnershipsteward.obligation.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.partnershipsteward.obligation.entity.StatusProposal;
import org.partnershipsteward.platform.web.DashboardCard;
import org.partnershipsteward.platform.web.DashboardCards;

/** The dashboards: status changes after missed obligations that wait for the board. */
@ApplicationScoped
public class ComplianceCards implements DashboardCards {

    @Inject
    StatusProposals statusProposals;

    @Override
    public List<DashboardCard> secretariatCards() {
        return List.of(new DashboardCard(50, "shortCount", String.valueOf(pendingProposals()),
                "status changes before the board", "/members/compliance", "Compliance"));
    }

    @Override
    public int awaitingMyVote() {
        return pendingProposals();
    }

    private int pendingProposals() {
        return statusProposals.proposals(StatusProposal.State.PENDING).size();
    }
}
