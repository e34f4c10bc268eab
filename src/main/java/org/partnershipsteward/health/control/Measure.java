package org.partnershipsteward.health.control;

import java.util.List;

/**
 * One figure of the scorecard: its value now, its value in each of the last half-years (null where
 * nothing could be measured, e.g. no summit in that half-year), and how it is computed, in words.
 *
 * @param unit PERCENT (0–100), COUNT, YEARS, DAYS, MINUTES or YES_NO (1 = yes)
 */
public record Measure(String key, Ingredient ingredient, String name, String unit, Double value, List<Point> trend,
        String explanation) {

    /** The value in one half-year. */
    public record Point(String period, Double value) {
    }

    public static final String PERCENT = "PERCENT";
    public static final String COUNT = "COUNT";
    public static final String YEARS = "YEARS";
    public static final String DAYS = "DAYS";
    public static final String MINUTES = "MINUTES";
    public static final String YES_NO = "YES_NO";

    /** The value as the board reads it. */
    public String display() {
        if (value == null) {
            return "n/a";
        }
        return switch (unit) {
            case PERCENT -> Math.round(value) + " %";
            case YES_NO -> value >= 1 ? "yes" : "no";
            case YEARS -> String.format(java.util.Locale.US, "%.1f years", value);
            case DAYS -> Math.round(value) + " days";
            case MINUTES -> value < 10 ? String.format(java.util.Locale.US, "%.1f min", value) : Math.round(value) + " min";
            default -> String.valueOf(Math.round(value));
        };
    }
}
