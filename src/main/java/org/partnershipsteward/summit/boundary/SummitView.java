package org.partnershipsteward.summit.boundary;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.partnershipsteward.summit.control.CadenceWarning;
import org.partnershipsteward.summit.entity.Summit;

/** A summit as the API shows it: times with the partnership's offset, agenda state, seats taken, warnings. */
public record SummitView(long id, String title, OffsetDateTime startsAt, OffsetDateTime endsAt, String venue,
        int capacity, OffsetDateTime rsvpDeadline, String status, String cancelReason, String agendaStatus,
        int sequence, long confirmed, long waitlisted, List<Warning> warnings) {

    /** A cadence warning: the rule and what it means. */
    public record Warning(String rule, String message) {
    }

    public static SummitView of(Summit s, ZoneId zone, long confirmed, long waitlisted, List<CadenceWarning> warnings) {
        return new SummitView(s.getId(), s.getTitle(), s.getStartsAt().atZone(zone).toOffsetDateTime(),
                s.getEndsAt().atZone(zone).toOffsetDateTime(), s.getVenue(), s.getCapacity(),
                s.getRsvpDeadline().atZone(zone).toOffsetDateTime(), s.getStatus().name(), s.getCancelReason(),
                s.getAgendaStatus().name(), s.getIcsSequence(), confirmed, waitlisted,
                warnings == null ? null : warnings.stream().map(w -> new Warning(w.rule(), w.message())).toList());
    }
}
