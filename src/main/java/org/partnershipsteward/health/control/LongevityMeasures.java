package org.partnershipsteward.health.control;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.partnershipsteward.health.control.Facts.MemberFact;
import org.partnershipsteward.platform.time.Period;

/** Longevity: members stay, and the partnership lasts beyond its founders. */
public final class LongevityMeasures {

    private LongevityMeasures() {
    }

    /**
     * Percent of the members who belonged on the first day of the period that still belonged on its last
     * day (or today, while the period runs); null when nobody belonged at the start.
     */
    public static Double retention(List<MemberFact> members, Period period, LocalDate today) {
        List<MemberFact> atStart = members.stream().filter(m -> m.belongsOn(period.start())).toList();
        LocalDate last = period.lastDay(today);
        return Ratios.percent(atStart.stream().filter(m -> m.belongsOn(last)).count(), atStart.size());
    }

    /** The median years of membership of those belonging on the date; null without members. */
    public static Double medianTenureYears(List<MemberFact> members, LocalDate date) {
        Double median = Ratios.median(members.stream().filter(m -> m.belongsOn(date))
                .map(m -> ChronoUnit.DAYS.between(m.joinedOn(), date) / 365.25).toList());
        return median == null ? null : Ratios.oneDecimal(median);
    }

    /** Years from the founding to the date, one decimal; null when the founding date is unknown. */
    public static Double yearsSinceFounding(LocalDate foundedOn, LocalDate date) {
        return foundedOn == null ? null : Ratios.oneDecimal(ChronoUnit.DAYS.between(foundedOn, date) / 365.25);
    }
}
