package org.partnershipsteward.exchange.control;

import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A check-in at a past summit as a CSV row: the summit by title and start, the member by email. */
public record AttendanceRow(String summit, Instant startsAt, String email, Instant checkedInAt, boolean byDelegate) {

    /** What the attendance rules need to know of a stored summit. */
    public record Summit(String title, Instant startsAt, boolean cancelled) {
    }

    public List<Object> cells(ZoneId zone) {
        return List.of(summit, Cells.format(startsAt, zone), email, Cells.format(checkedInAt, zone), byDelegate);
    }

    public String key() {
        return SummitRow.key(summit, startsAt) + "/" + email;
    }

    /**
     * Reads each row. Errors: a summit that is not stored ({@code UNKNOWN_SUMMIT}: import the summits first), one that
     * was cancelled ({@code CANCELLED}) or has not started ({@code NOT_PAST}), a member who is not stored
     * ({@code UNKNOWN_MEMBER}), the same check-in twice ({@code DUPLICATE_CHECK_IN}). A blank {@code checkedInAt} is the
     * summit's start.
     */
    public static void check(CsvTable table, Map<String, Summit> summits, Set<String> members,
            Map<String, AttendanceRow> stored, Instant now, ZoneId zone, Report report) {
        Map<String, Integer> seen = new HashMap<>();
        for (CsvTable.Row row : table.rows()) {
            Cells cells = new Cells(row, report);
            String title = cells.text("summit", true, 200);
            Instant startsAt = cells.time("startsAt", true, zone);
            String email = cells.email("email", true);
            Instant checkedInAt = cells.time("checkedInAt", false, zone);
            boolean byDelegate = cells.flag("byDelegate");
            Summit summit = title == null || startsAt == null ? null : summits.get(SummitRow.key(title, startsAt));
            if (title != null && startsAt != null && summit == null) {
                cells.error("summit", "UNKNOWN_SUMMIT", "no summit '" + title + "' starts at "
                        + Cells.format(startsAt, zone) + "; import the summits first");
            } else if (summit != null && summit.cancelled()) {
                cells.error("summit", "CANCELLED", "'" + title + "' was cancelled; nobody attended it");
                summit = null;
            } else if (summit != null && !summit.startsAt().isBefore(now)) {
                cells.error("summit", "NOT_PAST", "'" + title + "' has not started; check members in on the day");
                summit = null;
            }
            if (email != null && !members.contains(email)) {
                cells.error("email", "UNKNOWN_MEMBER", "no member has the email " + email + "; import the members first");
                email = null;
            }
            if (summit == null || email == null) {
                continue;
            }
            AttendanceRow value = new AttendanceRow(summit.title(), summit.startsAt(), email,
                    checkedInAt == null ? summit.startsAt() : checkedInAt, byDelegate);
            Integer earlier = seen.putIfAbsent(value.key(), row.number());
            if (earlier != null) {
                cells.error("email", "DUPLICATE_CHECK_IN", email + " is checked in on row " + earlier + " already");
                continue;
            }
            report.plan(Matching.plan(row.number(), title + " / " + email, value, stored.get(value.key())));
        }
    }
}
