package org.partnershipsteward.auditlog.control;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.partnershipsteward.platform.domain.InvalidInputException;

/**
 * Which audit entries the secretariat asks for: every filter optional, a page of a bounded size. A date
 * ({@code 2030-05-14}) means the whole day in the partnership's time zone; a timestamp is taken as it is.
 * {@code from} is inclusive, {@code to} is inclusive too (up to the end of its day for a date).
 *
 * @param toExclusive the first moment no longer wanted, or null
 * @param page        1 for the newest entries
 */
public record AuditQuery(String subjectType, Long subjectId, String actor, Instant from, Instant toExclusive,
        int page, int size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 200;
    private static final int MAX_TEXT = 320;

    /** Reads the query parameters as given; every bad one is named in one {@link InvalidInputException} (400). */
    public static AuditQuery parse(String subjectType, String subjectId, String actor, String from, String to,
            String page, String size, ZoneId zone) {
        Map<String, String> errors = new LinkedHashMap<>();
        String type = text("subjectType", subjectType, errors);
        String who = text("actor", actor, errors);
        Long id = null;
        if (present(subjectId)) {
            try {
                id = Long.parseLong(subjectId.strip());
            } catch (NumberFormatException e) {
                errors.put("subjectId", "must be a whole number");
            }
        }
        Instant start = present(from) ? moment("from", from.strip(), zone, false, errors) : null;
        Instant end = present(to) ? moment("to", to.strip(), zone, true, errors) : null;
        if (start != null && end != null && !start.isBefore(end)) {
            errors.put("to", "must not be before from");
        }
        int pageNumber = number("page", page, 1, 1, Integer.MAX_VALUE, errors);
        int pageSize = number("size", size, DEFAULT_SIZE, 1, MAX_SIZE, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new AuditQuery(type, id, who, start, end, pageNumber, pageSize);
    }

    /** How many entries come before this page. */
    public long offset() {
        return (long) (page - 1) * size;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static String text(String name, String value, Map<String, String> errors) {
        if (!present(value)) {
            return null;
        }
        if (value.length() > MAX_TEXT) {
            errors.put(name, "is at most " + MAX_TEXT + " characters");
            return null;
        }
        return value.strip();
    }

    private static Instant moment(String name, String value, ZoneId zone, boolean end, Map<String, String> errors) {
        try {
            if (value.length() == 10) {
                LocalDate day = LocalDate.parse(value);
                return (end ? day.plusDays(1) : day).atStartOfDay(zone).toInstant();
            }
            Instant at = value.endsWith("Z") ? Instant.parse(value) : OffsetDateTime.parse(value).toInstant();
            return end ? at.plusNanos(1) : at;
        } catch (DateTimeException e) {
            errors.put(name, "must be a date (2030-05-14) or an ISO 8601 timestamp (2030-05-14T09:00:00Z)");
            return null;
        }
    }

    private static int number(String name, String value, int otherwise, int min, int max, Map<String, String> errors) {
        if (!present(value)) {
            return otherwise;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // named below
        }
        errors.put(name, "must be a whole number from " + min + (max == Integer.MAX_VALUE ? " on" : " to " + max));
        return otherwise;
    }
}
