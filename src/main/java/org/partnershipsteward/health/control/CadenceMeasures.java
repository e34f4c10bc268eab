package org.partnershipsteward.health.control;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.partnershipsteward.health.control.Facts.SummitFact;
import org.partnershipsteward.platform.time.Period;

/** Cadence: a light, steady rhythm of summits, with the next one always on the calendar. */
public final class CadenceMeasures {

    private CadenceMeasures() {
    }

    /** Summits that took place (not cancelled, on or before today) in the period. */
    public static Double summitsHeld(List<SummitFact> summits, Period period, LocalDate today) {
        return (double) summits.stream().filter(s -> !s.cancelled() && period.contains(s.date()) && !s.date().isAfter(today))
                .count();
    }

    /**
     * Percent of the bylaws' yearly minimum reached by the summits held in the twelve months up to the date
     * (may exceed 100); null when the bylaws set no minimum.
     */
    public static Double yearlyTargetMet(List<SummitFact> summits, LocalDate date, int minPerYear) {
        long held = summits.stream().filter(s -> !s.cancelled() && !s.date().isAfter(date)
                && s.date().isAfter(date.minusYears(1))).count();
        return Ratios.percent(held, minPerYear);
    }

    /** Days from today to the next summit on the calendar; null when none is scheduled. */
    public static Double daysToNextSummit(List<SummitFact> summits, LocalDate today) {
        return summits.stream().filter(s -> !s.cancelled() && s.date().isAfter(today)).map(SummitFact::date).min(
                LocalDate::compareTo).map(d -> (double) ChronoUnit.DAYS.between(today, d)).orElse(null);
    }
}
