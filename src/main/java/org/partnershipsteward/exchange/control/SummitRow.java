package org.partnershipsteward.exchange.control;

import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.partnershipsteward.summit.entity.SummitStatus;

/**
 * A past summit as a CSV row; matched by title and start. Upcoming summits are scheduled on the summit pages, which
 * invite members and plan the agenda; the import and export carry the history.
 */
public record SummitRow(String title, Instant startsAt, Instant endsAt, String venue, int capacity, SummitStatus status,
        String cancelReason) {

    public List<Object> cells(ZoneId zone) {
        return List.of(title, Cells.format(startsAt, zone), Cells.format(endsAt, zone), venue, capacity, status.name(),
                cancelReason == null ? "" : cancelReason);
    }

    public String key() {
        return key(title, startsAt);
    }

    public static String key(String title, Instant startsAt) {
        return title.strip().toLowerCase(java.util.Locale.ROOT) + "@" + startsAt;
    }

    /**
     * Reads each row. Errors: a summit that has not started yet ({@code NOT_PAST}), an end not after the start
     * ({@code DATES}), the same summit twice ({@code DUPLICATE_SUMMIT}), a stored cancelled summit made scheduled again ({@code CANCELLED}), a cancellation without reason or a reason
     * without cancellation ({@code CANCEL_REASON}). A blank capacity is taken as 0 with a warning; attendance counts
     * check-ins, not capacity.
     */
    public static void check(CsvTable table, Map<String, SummitRow> stored, Instant now, ZoneId zone, Report report) {
        Map<String, Integer> seen = new HashMap<>();
        for (CsvTable.Row row : table.rows()) {
            Cells cells = new Cells(row, report);
            String title = cells.text("title", true, 200);
            Instant startsAt = cells.time("startsAt", true, zone);
            Instant endsAt = cells.time("endsAt", true, zone);
            String venue = cells.text("venue", true, 300);
            Integer capacity = cells.number("capacity", false, 0, 100_000);
            SummitStatus status = cells.choice("status", SummitStatus.class, false);
            String reason = cells.text("cancelReason", false, 1000);
            if (title == null || startsAt == null || endsAt == null || venue == null) {
                continue;
            }
            if (!startsAt.isBefore(now)) {
                cells.error("startsAt", "NOT_PAST", "this summit has not started yet; schedule upcoming summits on the "
                        + "summit pages (they invite members and plan the agenda)");
                continue;
            }
            if (!endsAt.isAfter(startsAt)) {
                cells.error("endsAt", "DATES", "the summit must end after it starts");
                continue;
            }
            SummitStatus effective = status == null ? SummitStatus.SCHEDULED : status;
            if (effective == SummitStatus.CANCELLED && reason == null) {
                cells.error("cancelReason", "CANCEL_REASON", "a cancelled summit needs the reason");
                continue;
            }
            if (effective != SummitStatus.CANCELLED && reason != null) {
                cells.error("cancelReason", "CANCEL_REASON", "only a cancelled summit has a reason");
                continue;
            }
            if (capacity == null) {
                cells.warning("capacity", "CAPACITY", "no capacity given; 0 is recorded");
            }
            SummitRow value = new SummitRow(title, startsAt, endsAt, venue, capacity == null ? 0 : capacity, effective,
                    reason);
            Integer earlier = seen.putIfAbsent(value.key(), row.number());
            if (earlier != null) {
                cells.error("title", "DUPLICATE_SUMMIT", "this summit is on row " + earlier + " already");
                continue;
            }
            SummitRow before = stored.get(value.key());
            if (before != null && before.status() == SummitStatus.CANCELLED && effective != SummitStatus.CANCELLED) {
                cells.error("status", "CANCELLED", "this summit was cancelled; a cancellation is not undone");
                continue;
            }
            report.plan(Matching.plan(row.number(), title + " " + Cells.format(startsAt, zone), value, before));
        }
    }
}
