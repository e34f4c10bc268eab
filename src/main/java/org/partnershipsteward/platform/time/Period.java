package org.partnershipsteward.platform.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one period type: the bylaws' attendance periods and the scorecard's half-years alike. A period of the bylaws: periods start in January and last {@code months} (a divisor of 12).
 * Written {@code 2026-H1} for half-years, {@code 2026-Q3} for quarters, {@code 2026} for whole years and
 * {@code 2026-P4} otherwise.
 */
public record Period(int year, int index, int months) implements Comparable<Period> {

    private static final Pattern TEXT = Pattern.compile("(\\d{4})(?:-([HQP])(\\d{1,2}))?");

    public Period {
        if (months < 1 || 12 % months != 0) {
            throw new IllegalArgumentException("a period's months must divide a year (1, 2, 3, 4, 6 or 12), was " + months);
        }
        if (index < 1 || index > 12 / months) {
            throw new IllegalArgumentException("a year has " + 12 / months + " periods of " + months + " months, not " + index);
        }
    }

    /** The calendar half-year (January–June is H1, July–December H2) that contains the date. */
    public static Period halfYear(LocalDate date) {
        return containing(date, 6);
    }

    /** The {@code count} periods of {@code months} up to and including the one of {@code today}, oldest first. */
    public static List<Period> lastN(LocalDate today, int count, int months) {
        List<Period> periods = new ArrayList<>();
        Period p = containing(today, months);
        for (int i = 0; i < count; i++) {
            periods.add(0, p);
            p = p.previous();
        }
        return periods;
    }

    /** The period that contains the date. */
    public static Period containing(LocalDate date, int months) {
        return new Period(date.getYear(), (date.getMonthValue() - 1) / months + 1, months);
    }

    /**
     * Reads {@code 2026-H1} and its kin for periods of {@code months}.
     *
     * @throws IllegalArgumentException with a message fit for the caller when the text names no such period
     */
    public static Period parse(String text, int months) {
        String example = new Period(2026, 1, months).toString();
        Matcher m = text == null ? null : TEXT.matcher(text.trim());
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException("is not a period; write it like " + example);
        }
        int year = Integer.parseInt(m.group(1));
        int index = m.group(2) == null ? 1 : Integer.parseInt(m.group(3));
        String letter = m.group(2) == null ? "" : m.group(2);
        if (!letter.equals(letter(months)) || index < 1 || index > 12 / months) {
            throw new IllegalArgumentException("is not a period of these bylaws (" + months
                    + " months each); write it like " + example);
        }
        return new Period(year, index, months);
    }

    private static String letter(int months) {
        return switch (months) {
            case 12 -> "";
            case 6 -> "H";
            case 3 -> "Q";
            default -> "P";
        };
    }

    public LocalDate start() {
        return LocalDate.of(year, (index - 1) * months + 1, 1);
    }

    /** The first day after the period. */
    public LocalDate endExclusive() {
        return start().plusMonths(months);
    }

    /** The last day of the period. */
    public LocalDate end() {
        return endExclusive().minusDays(1);
    }

    /** The last day that counts: the period's last day, or today while it runs. */
    public LocalDate lastDay(LocalDate today) {
        return today.isBefore(end()) ? today : end();
    }

    /** As a trend axis shows it: {@code 2026 H1}. */
    public String label() {
        return toString().replace('-', ' ');
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start()) && date.isBefore(endExclusive());
    }

    public Period previous() {
        return containing(start().minusDays(1), months);
    }

    public Period next() {
        return containing(endExclusive(), months);
    }

    @Override
    public int compareTo(Period other) {
        return start().compareTo(other.start());
    }

    @Override
    public String toString() {
        String letter = letter(months);
        return letter.isEmpty() ? String.valueOf(year) : year + "-" + letter + index;
    }
}
