package org.partnershipsteward.health.control;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.partnershipsteward.health.control.Facts.DrillFact;
import org.partnershipsteward.health.control.Facts.OrganizationFact;
import org.partnershipsteward.health.control.Facts.SeatFact;
import org.partnershipsteward.membership.control.RosterPolicy;
import org.partnershipsteward.platform.time.Period;

/** Resiliency: the partnership survives a chief retiring or a staffer leaving. */
public final class ResiliencyMeasures {

    private ResiliencyMeasures() {
    }

    /** Percent of held board seats that have a designated alternate; null when no seat is held. */
    public static Double seatsWithAlternate(List<SeatFact> seats) {
        List<SeatFact> held = seats.stream().filter(SeatFact::held).toList();
        return Ratios.percent(held.stream().filter(SeatFact::hasAlternate).count(), held.size());
    }

    /**
     * Percent of the half-year's seat-days (up to today) on which someone spoke for the seat: its holder, not on leave,
     * or an alternate acting for it (seat history). A vacant seat without an acting alternate, or a holder on leave
     * without one, is a seat-day not covered. Null when the half-year has not begun or there are no seats.
     */
    public static Double seatDaysCovered(Facts.BoardCover cover, Period period, LocalDate today) {
        LocalDate last = period.lastDay(today);
        if (cover.seats() == 0 || last.isBefore(period.start())) {
            return null;
        }
        Set<Long> seatIds = new HashSet<>();
        cover.held().forEach(i -> seatIds.add(i.seatId()));
        cover.acting().forEach(i -> seatIds.add(i.seatId()));
        long days = 0;
        long covered = 0;
        for (LocalDate d = period.start(); !d.isAfter(last); d = d.plusDays(1)) {
            days += cover.seats();
            for (long seat : seatIds) {
                if (covered(cover, seat, d)) {
                    covered++;
                }
            }
        }
        return Ratios.percent(Math.min(covered, days), days);
    }

    private static boolean covered(Facts.BoardCover cover, long seat, LocalDate day) {
        boolean acting = cover.acting().stream().anyMatch(i -> i.seatId() == seat && i.covers(day));
        boolean held = cover.held().stream().anyMatch(i -> i.seatId() == seat && i.covers(day));
        boolean away = cover.leaves().stream().anyMatch(i -> i.seatId() == seat && i.covers(day));
        return acting || held && !away;
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

    /**
     * Minutes until half of the recipients acknowledged the half-year's latest alert drill; null when no drill was
     * run in the half-year or half of its recipients never acknowledged it.
     */
    public static Double drillMinutesToHalf(List<DrillFact> drills, Period period) {
        return latestDrill(drills, period, DrillFact::toHalfMinutes);
    }

    /** Minutes until every recipient acknowledged the half-year's latest alert drill; null when not reached or no drill. */
    public static Double drillMinutesToAll(List<DrillFact> drills, Period period) {
        return latestDrill(drills, period, DrillFact::toAllMinutes);
    }

    private static Double latestDrill(List<DrillFact> drills, Period period, Function<DrillFact, Double> f) {
        return drills.stream().filter(d -> period.contains(d.date())).max(Comparator.comparing(DrillFact::date))
                .map(f).orElse(null);
    }
}
