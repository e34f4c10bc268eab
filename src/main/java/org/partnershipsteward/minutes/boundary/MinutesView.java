package org.partnershipsteward.minutes.boundary;

import java.time.Instant;
import java.util.List;

/**
 * A summit's minutes as one reader may see them (the API's JSON and the pages).
 *
 * @param status     DRAFT, SUBMITTED, APPROVED or PUBLISHED
 * @param revision   the latest kept revision (0: never saved)
 * @param items      one section per accepted agenda item, in the agenda's order
 * @param attendees  the members checked in (in person or by a delegate)
 * @param attendance every member checked in or excused, marked
 * @param warnings   for the secretariat: Chatham House sections that name an attendee
 */
public record MinutesView(long summitId, String summitTitle, String status, int revision, List<Section> items,
        List<Long> attendees, List<Attendance> attendance, List<String> warnings, Instant publishedAt) {

    /**
     * One section: the agenda item's title and label and the notes, or {@code withheld} with {@code notes} saying
     * why when the reader may not see them (TLP:RED to someone who did not attend).
     */
    public record Section(long agendaItemId, String title, String sharing, String sharingLabel, String notes,
            boolean withheld) {
    }

    /** A member in the attendance: present in person, by a delegate, or excused. */
    public record Attendance(long memberId, String name, boolean attended, boolean delegate, boolean excused) {
    }

    /** One kept revision. */
    public record Revision(int revision, String savedBy, Instant savedAt) {
    }

    /** Revision {@code revision} against the one before it, section by section. */
    public record Comparison(int revision, int previous, List<SectionChange> sections) {
    }

    /** How one section changed: each line KEPT, REMOVED or ADDED (withheld for a reader who may not see it). */
    public record SectionChange(long agendaItemId, String title, String sharing, boolean changed, boolean withheld,
            List<Line> lines) {
    }

    public record Line(String kind, String text) {
    }
}
