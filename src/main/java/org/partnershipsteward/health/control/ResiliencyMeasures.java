package org.partnershipsteward.health.control;

import java.time.LocalDate;
import java.util.List;
import org.partnershipsteward.health.control.Facts.OrganizationFact;
import org.partnershipsteward.health.control.Facts.SeatFact;
import org.partnershipsteward.membership.control.RosterPolicy;

/** Resiliency: the partnership survives a chief retiring or a staffer leaving. */
public final class ResiliencyMeasures {

    private ResiliencyMeasures() {
    }

    /** Percent of held board seats that have a designated alternate; null when no seat is held. */
    public static Double seatsWithAlternate(List<SeatFact> seats) {
        List<SeatFact> held = seats.stream().filter(SeatFact::held).toList();
        return Ratios.percent(held.stream().filter(SeatFact::hasAlternate).count(), held.size());
    }

    /** Percent of organisations with a primary contact that also have an alternate contact. */
    public static Double organizationsWithAlternateContact(List<OrganizationFact> organizations) {
        List<OrganizationFact> contacted = organizations.stream().filter(OrganizationFact::hasPrimaryContact).toList();
        return Ratios.percent(contacted.stream().filter(OrganizationFact::hasAlternateContact).count(), contacted.size());
    }

    /**
     * Percent of current members with an emergency roster entry confirmed within the roster's period
     * ({@link RosterPolicy#VALID_MONTHS} months, {@link RosterPolicy#current}); null when there are no members.
     */
    public static Double membersOnRoster(List<RosterPolicy.Entry> currentMembers, LocalDate today) {
        return Ratios.percent(currentMembers.stream().filter(e -> e.currentOn(today)).count(), currentMembers.size());
    }

    /** Yes (1) when more than one person holds the secretariat role, so that one can stand in for the other. */
    public static Double secretariatBackup(int secretariatAccounts) {
        return secretariatAccounts > 1 ? 1.0 : 0.0;
    }
}
