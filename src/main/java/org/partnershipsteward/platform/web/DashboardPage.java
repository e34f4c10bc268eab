package org.partnershipsteward.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * The figures of each role's dashboard, gathered from the components' {@link DashboardCards}. The
 * page shows the rest (the next summit, the bylaws in force, the caller's obligations) through the
 * owning components' page beans.
 */
@Named
@RequestScoped
public class DashboardPage {

    @Inject
    @Any
    Instance<DashboardCards> contributions;

    private List<DashboardCard> secretariatCards;
    private List<DashboardCard> memberCards;
    private Integer awaitingMyVote;

    public List<DashboardCard> getSecretariatCards() {
        if (secretariatCards == null) {
            secretariatCards = cards(DashboardCards::secretariatCards);
        }
        return secretariatCards;
    }

    public List<DashboardCard> getMemberCards() {
        if (memberCards == null) {
            memberCards = cards(DashboardCards::memberCards);
        }
        return memberCards;
    }

    /** Items that wait for the calling board member's vote, over all components. */
    public int getAwaitingMyVote() {
        if (awaitingMyVote == null) {
            awaitingMyVote = contributions.stream()
                    .mapToInt(DashboardCards::awaitingMyVote).sum();
        }
        return awaitingMyVote;
    }

    private List<DashboardCard> cards(Function<DashboardCards, List<DashboardCard>> of) {
        return contributions.stream().flatMap(c -> of.apply(c).stream())
                .sorted(Comparator.comparingInt(DashboardCard::order)).toList();
    }
}
