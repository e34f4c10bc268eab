package org.partnershipsteward.summit.control;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Checks the summit calendar against the cadence bylaws. It only warns: a plan that breaks
 * a rule is still a plan. Cancelled summits do not count.
 *
 * <p>Past years and past periods are history and are not judged; the rules look at the
 * current year and period and at later ones up to the last planned summit:
 * <ul>
 * <li>{@value CadenceWarning#TOO_FEW_PER_YEAR} / {@value CadenceWarning#TOO_MANY_PER_YEAR}:
 *     each such calendar year, counting the current year's summits already held;</li>
 * <li>{@value CadenceWarning#PERIOD_WITHOUT_SUMMIT}: each period of {@code periodMonths}
 *     (counted from January) from the current one to the one of the last planned summit;</li>
 * <li>{@value CadenceWarning#TOO_CLOSE}: two consecutive summits less than
 *     {@code minWeeksBetween} weeks apart, when the later one is in the current year or later
 *     (so a December/January pair across the new year is caught);</li>
 * <li>{@value CadenceWarning#NEXT_NOT_SCHEDULED}: no summit after today, although the next
 *     one is due (by the end of the first period from now without one) within
 *     {@code scheduleAheadMonths}.</li>
 * </ul>
 * Warnings come in that order, years and dates ascending.
 */
public final class CadencePolicy {

    private final Clock clock;

    public CadencePolicy(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The warnings for the calendar as of the clock's today. */
    public List<CadenceWarning> check(List<PlannedSummit> summits, CadenceRules rules) {
        return check(summits, rules, LocalDate.now(clock));
    }

    /** The warnings for the calendar with a proposed new summit added, as of the clock's today. */
    public List<CadenceWarning> checkProposal(List<PlannedSummit> summits, CadenceRules rules, LocalDate proposed) {
        return checkProposal(summits, rules, LocalDate.now(clock), proposed);
    }

    /** The warnings for the calendar with a proposed new summit on {@code proposed}. */
    public List<CadenceWarning> checkProposal(List<PlannedSummit> summits, CadenceRules rules, LocalDate today,
            LocalDate proposed) {
        Objects.requireNonNull(proposed, "proposed");
        return warnings(Stream.concat(dates(summits), Stream.of(proposed)).sorted().toList(), rules, today);
    }

    /** The warnings for the calendar as of {@code today}. */
    public List<CadenceWarning> check(List<PlannedSummit> summits, CadenceRules rules, LocalDate today) {
        return warnings(dates(summits).sorted().toList(), rules, today);
    }

    private static Stream<LocalDate> dates(List<PlannedSummit> summits) {
        Objects.requireNonNull(summits, "summits");
        return summits.stream().filter(summit -> !summit.cancelled()).map(PlannedSummit::date);
    }

    private static List<CadenceWarning> warnings(List<LocalDate> dates, CadenceRules rules, LocalDate today) {
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(today, "today");
        LocalDate last = dates.isEmpty() ? today : max(today, dates.get(dates.size() - 1));
        List<CadenceWarning> warnings = new ArrayList<>();
        perYear(dates, rules, today.getYear(), last.getYear(), warnings);
        perPeriod(dates, rules, periodStart(today, rules), periodStart(last, rules), warnings);
        tooClose(dates, rules, today.getYear(), warnings);
        nextScheduled(dates, rules, today, warnings);
        return List.copyOf(warnings);
    }

    private static void perYear(List<LocalDate> dates, CadenceRules rules, int firstYear, int lastYear,
            List<CadenceWarning> warnings) {
        for (int year = firstYear; year <= lastYear; year++) {
            int y = year;
            long count = dates.stream().filter(date -> date.getYear() == y).count();
            if (count < rules.minPerYear()) {
                warnings.add(new CadenceWarning(CadenceWarning.TOO_FEW_PER_YEAR, year + " has " + summits(count)
                        + "; the bylaws ask for at least " + rules.minPerYear() + " a year."));
            }
            if (count > rules.maxPerYear()) {
                warnings.add(new CadenceWarning(CadenceWarning.TOO_MANY_PER_YEAR, year + " has " + summits(count)
                        + "; the bylaws ask for at most " + rules.maxPerYear() + " a year."));
            }
        }
    }

    private static void perPeriod(List<LocalDate> dates, CadenceRules rules, LocalDate first, LocalDate last,
            List<CadenceWarning> warnings) {
        for (LocalDate start = first; !start.isAfter(last); start = start.plusMonths(rules.periodMonths())) {
            LocalDate end = start.plusMonths(rules.periodMonths()).minusDays(1);
            if (dates.stream().noneMatch(within(start, end))) {
                warnings.add(new CadenceWarning(CadenceWarning.PERIOD_WITHOUT_SUMMIT, "No summit in "
                        + label(start, rules) + " (" + start + " to " + end
                        + "): members could not attend the meeting the bylaws require in every period."));
            }
        }
    }

    private static void tooClose(List<LocalDate> dates, CadenceRules rules, int firstYear,
            List<CadenceWarning> warnings) {
        long minDays = 7L * rules.minWeeksBetween();
        for (int i = 1; i < dates.size(); i++) {
            LocalDate earlier = dates.get(i - 1);
            LocalDate later = dates.get(i);
            long days = ChronoUnit.DAYS.between(earlier, later);
            if (later.getYear() >= firstYear && days < minDays) {
                warnings.add(new CadenceWarning(CadenceWarning.TOO_CLOSE, "The summits on " + earlier + " and "
                        + later + " are " + days + (days == 1 ? " day" : " days") + " apart; the bylaws ask for at least "
                        + rules.minWeeksBetween() + " weeks (" + minDays + " days)."));
            }
        }
    }

    private static void nextScheduled(List<LocalDate> dates, CadenceRules rules, LocalDate today,
            List<CadenceWarning> warnings) {
        if (dates.stream().anyMatch(date -> date.isAfter(today))) {
            return;
        }
        LocalDate periodStart = periodStart(today, rules);
        if (dates.stream().anyMatch(within(periodStart, today))) {
            periodStart = periodStart.plusMonths(rules.periodMonths());
        }
        LocalDate due = periodStart.plusMonths(rules.periodMonths()).minusDays(1);
        LocalDate horizon = today.plusMonths(rules.scheduleAheadMonths());
        if (!due.isAfter(horizon)) {
            warnings.add(new CadenceWarning(CadenceWarning.NEXT_NOT_SCHEDULED, "No summit is scheduled after "
                    + today + "; the next is due by " + due + " (" + label(periodStart, rules)
                    + ") and the bylaws ask for it on the calendar " + rules.scheduleAheadMonths()
                    + " months ahead."));
        }
    }

    /** The first day of the period holding {@code day}. */
    static LocalDate periodStart(LocalDate day, CadenceRules rules) {
        int firstMonth = (day.getMonthValue() - 1) / rules.periodMonths() * rules.periodMonths() + 1;
        return LocalDate.of(day.getYear(), firstMonth, 1);
    }

    /** "2026" for years, "2026-H2" for half-years, "2026-Q3" for quarters, "2026-07" for months, else "2026-P2". */
    static String label(LocalDate periodStart, CadenceRules rules) {
        int year = periodStart.getYear();
        int index = (periodStart.getMonthValue() - 1) / rules.periodMonths() + 1;
        return switch (rules.periodMonths()) {
            case 12 -> String.valueOf(year);
            case 6 -> year + "-H" + index;
            case 3 -> year + "-Q" + index;
            case 1 -> String.format("%d-%02d", year, index);
            default -> year + "-P" + index;
        };
    }

    private static Predicate<LocalDate> within(LocalDate from, LocalDate to) {
        return date -> !date.isBefore(from) && !date.isAfter(to);
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static String summits(long count) {
        return count == 1 ? "1 summit" : count + " summits";
    }
}
