package org.partnershipsteward.health.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A calendar half-year (January–June is H1, July–December H2): the period a scorecard trend is shown in. */
public record HalfYear(int year, int half) implements Comparable<HalfYear> {

    public HalfYear {
        if (half != 1 && half != 2) {
            throw new IllegalArgumentException("half is 1 or 2, was " + half);
        }
    }

    public static HalfYear of(LocalDate date) {
        return new HalfYear(date.getYear(), date.getMonthValue() <= 6 ? 1 : 2);
    }

    /** The {@code count} half-years up to and including the one of {@code today}, oldest first. */
    public static List<HalfYear> lastN(LocalDate today, int count) {
        List<HalfYear> periods = new ArrayList<>();
        HalfYear p = of(today);
        for (int i = 0; i < count; i++) {
            periods.add(0, p);
            p = p.previous();
        }
        return periods;
    }

    public LocalDate start() {
        return LocalDate.of(year, half == 1 ? 1 : 7, 1);
    }

    /** The first day after the half-year. */
    public LocalDate endExclusive() {
        return start().plusMonths(6);
    }

    /** The last day of the half-year (as {@code obligation.control.Period.end()}: the last day, not the day after). */
    public LocalDate end() {
        return endExclusive().minusDays(1);
    }

    /** The last day that counts: the half-year's last day, or today while it runs. */
    public LocalDate lastDay(LocalDate today) {
        return today.isBefore(end()) ? today : end();
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start()) && date.isBefore(endExclusive());
    }

    public HalfYear previous() {
        return half == 2 ? new HalfYear(year, 1) : new HalfYear(year - 1, 2);
    }

    public String label() {
        return year + " H" + half;
    }

    @Override
    public int compareTo(HalfYear o) {
        return year != o.year ? Integer.compare(year, o.year) : Integer.compare(half, o.half);
    }
}
