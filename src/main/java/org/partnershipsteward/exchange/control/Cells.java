package org.partnershipsteward.exchange.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.partnershipsteward.platform.csv.CsvCells;

/**
 * Reads the cells of one row into values, recording an error for each cell that is not what its column needs (rule
 * codes {@value #REQUIRED}, {@value #TOO_LONG}, {@value #NOT_A_DATE}, {@value #NOT_A_TIME}, {@value #NOT_A_NUMBER},
 * {@value #NOT_A_BOOLEAN}, {@value #UNKNOWN_VALUE}, {@value #NOT_AN_EMAIL}). A cell an export neutralised against
 * formula injection is read back as it was ({@link CsvCells#restore}); surrounding blanks are dropped.
 */
public final class Cells {

    public static final String REQUIRED = "REQUIRED";
    public static final String TOO_LONG = "TOO_LONG";
    public static final String NOT_A_DATE = "NOT_A_DATE";
    public static final String NOT_A_TIME = "NOT_A_TIME";
    public static final String NOT_A_NUMBER = "NOT_A_NUMBER";
    public static final String NOT_A_BOOLEAN = "NOT_A_BOOLEAN";
    public static final String UNKNOWN_VALUE = "UNKNOWN_VALUE";
    public static final String NOT_AN_EMAIL = "NOT_AN_EMAIL";

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final CsvTable.Row row;
    private final Report report;

    public Cells(CsvTable.Row row, Report report) {
        this.row = row;
        this.report = report;
    }

    public int number() {
        return row.number();
    }

    /** The cell's text, or null when blank (an error when the column is required). */
    public String text(String column, boolean required, int maxLength) {
        String value = CsvCells.restore(row.cell(column).strip());
        if (value.isEmpty()) {
            if (required) {
                error(column, REQUIRED, "is required");
            }
            return null;
        }
        if (value.length() > maxLength) {
            error(column, TOO_LONG, "has " + value.length() + " characters; at most " + maxLength + " fit");
            return null;
        }
        return value;
    }

    /** An email address, in lower case. */
    public String email(String column, boolean required) {
        String value = text(column, required, 254);
        if (value == null) {
            return null;
        }
        if (!EMAIL.matcher(value).matches()) {
            error(column, NOT_AN_EMAIL, "'" + value + "' is not an email address");
            return null;
        }
        return value.toLowerCase(Locale.ROOT);
    }

    /** One of an enum's values, written as the API writes them (letter case and blanks forgiven). */
    public <E extends Enum<E>> E choice(String column, Class<E> type, boolean required) {
        String value = text(column, required, 100);
        if (value == null) {
            return null;
        }
        String name = value.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            error(column, UNKNOWN_VALUE, "'" + value + "' is not one of " + Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining(", ")));
            return null;
        }
    }

    /** {@code true}/{@code false} (also yes/no, 1/0); blank is false. */
    public boolean flag(String column) {
        String value = text(column, false, 10);
        if (value == null) {
            return false;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "y", "1" -> true;
            case "false", "no", "n", "0" -> false;
            default -> {
                error(column, NOT_A_BOOLEAN, "'" + value + "' is not true or false");
                yield false;
            }
        };
    }

    /** A day, {@code 2026-05-14}. */
    public LocalDate date(String column, boolean required) {
        String value = text(column, required, 40);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            error(column, NOT_A_DATE, "'" + value + "' is not a date (write it as 2026-05-14)");
            return null;
        }
    }

    /**
     * A moment, {@code 2026-05-14T09:00:00-05:00} or without the offset ({@code 2026-05-14T09:00}) in the partnership's
     * time zone; to the second, as exports write it.
     */
    public Instant time(String column, boolean required, ZoneId zone) {
        String value = text(column, required, 60);
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant().truncatedTo(ChronoUnit.SECONDS);
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(value.replace(' ', 'T')).atZone(zone).toInstant().truncatedTo(ChronoUnit.SECONDS);
            } catch (DateTimeParseException again) {
                error(column, NOT_A_TIME, "'" + value + "' is not a date and time (write it as 2026-05-14T09:00:00-05:00)");
                return null;
            }
        }
    }

    /** A whole number within bounds; null when blank. */
    public Integer number(String column, boolean required, int min, int max) {
        String value = text(column, required, 12);
        if (value == null) {
            return null;
        }
        try {
            int n = Integer.parseInt(value);
            if (n < min || n > max) {
                error(column, NOT_A_NUMBER, n + " is outside " + min + "–" + max);
                return null;
            }
            return n;
        } catch (NumberFormatException e) {
            error(column, NOT_A_NUMBER, "'" + value + "' is not a whole number");
            return null;
        }
    }

    public void error(String column, String rule, String message) {
        report.error(row.number(), column, rule, message);
    }

    public void warning(String column, String rule, String message) {
        report.warning(row.number(), column, rule, message);
    }

    /** How exports write a moment: to the second, with the offset of the partnership's time zone. */
    public static String format(Instant instant, ZoneId zone) {
        return instant == null ? "" : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                instant.truncatedTo(ChronoUnit.SECONDS).atZone(zone).toOffsetDateTime());
    }

    /** Column names joined for messages. */
    static String list(List<String> columns) {
        return String.join(", ", columns);
    }
}
