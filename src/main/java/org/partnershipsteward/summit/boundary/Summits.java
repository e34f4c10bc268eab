package org.partnershipsteward.summit.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.partnershipsteward.audit.boundary.AuditTrail;
import org.partnershipsteward.bylaws.boundary.Bylaws;
import org.partnershipsteward.membership.entity.Member;
import org.partnershipsteward.platform.domain.InvalidInputException;
import org.partnershipsteward.platform.security.Roles;
import org.partnershipsteward.platform.time.PartnershipTime;
import org.partnershipsteward.summit.control.CadencePolicy;
import org.partnershipsteward.summit.control.CadenceRules;
import org.partnershipsteward.summit.control.CadenceWarning;
import org.partnershipsteward.summit.control.PlannedSummit;
import org.partnershipsteward.summit.control.SummitEdit;
import org.partnershipsteward.summit.entity.Summit;

/**
 * Summits on the calendar: scheduling with the bylaws' cadence warnings, moves and cancellation (attendees are
 * told once the agenda has been published). The agenda is {@link Agendas}, answers {@link Rsvps}, the day itself
 * {@link CheckIns}, the mails before it {@link Reminders}.
 */
@Stateless
@RolesAllowed({Roles.SECRETARIAT, Roles.BOARD, Roles.MEMBER})
public class Summits {

    @PersistenceContext
    EntityManager em;

    @Inject
    PartnershipTime time;

    @Inject
    SummitRecords records;

    @Inject
    Waitlist waitlist;

    @Inject
    Bylaws bylaws;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    Event<SummitChanged> changed;

    @Inject
    Event<AgendaDrafted> drafted;

    /** A scheduled summit with the cadence warnings of the plan it joins (warnings never block). */
    public record Scheduled(Summit summit, List<CadenceWarning> warnings) {
    }

    @RolesAllowed(Roles.SECRETARIAT)
    public Scheduled schedule(@NotNull(message = "a JSON body is required") @Valid SummitRequest request) {
        check(request);
        Summit summit = new Summit(request.title(), request.startsAt().toInstant(), request.endsAt().toInstant(),
                request.venue(), request.capacity(), request.rsvpDeadline().toInstant(), clock.instant());
        em.persist(summit);
        em.flush();
        audit.record("SUMMIT_SCHEDULED", "Summit", summit.getId(), summit.getTitle() + " on " + records.local(summit.getStartsAt()));
        drafted.fire(new AgendaDrafted(summit.getId()));
        return new Scheduled(summit, warnings());
    }

    /**
     * Moves or edits a summit. Only a new time or place mails attendees that it was rescheduled (after the first
     * publication); a new title changes the calendar entry's SEQUENCE without a mail ({@link SummitEdit}). Raising
     * the capacity gives the new seats to the waitlist in its order, each with the promotion notice.
     */
    @RolesAllowed(Roles.SECRETARIAT)
    public Scheduled update(long id, @NotNull(message = "a JSON body is required") @Valid SummitRequest request) {
        check(request);
        Summit summit = records.lock(id);
        SummitRecords.refuseCancelled(summit);
        Instant previousStart = summit.getStartsAt();
        SummitEdit edit = SummitEdit.between(new SummitEdit.Facts(summit.getTitle(), summit.getStartsAt(), summit.getEndsAt(),
                summit.getVenue(), summit.getCapacity()), new SummitEdit.Facts(request.title(), request.startsAt().toInstant(),
                request.endsAt().toInstant(), request.venue(), request.capacity()));
        summit.describe(request.title(), request.startsAt().toInstant(), request.endsAt().toInstant(), request.venue(),
                request.capacity(), request.rsvpDeadline().toInstant(), edit.calendarChanged(), clock.instant());
        audit.record("SUMMIT_CHANGED", "Summit", id, summit.getTitle() + " on " + records.local(summit.getStartsAt())
                + " at " + summit.getVenue() + ", " + summit.getCapacity() + " seats"
                + (edit.moved() ? " (moved)" : "") + (edit.calendarChanged() ? " (calendar sequence " + summit.getIcsSequence() + ")" : ""));
        if (edit.moved() && summit.isPublishedOnce()) {
            for (Member member : records.invitees()) {
                changed.fire(SummitChanged.of(SummitChanged.Type.MOVED, id, member.getId(), null, records.local(previousStart)));
            }
        }
        if (edit.seatsAdded() > 0) {
            em.flush();
            waitlist.fillFreeSeats(summit, "capacity raised to " + summit.getCapacity());
        }
        return new Scheduled(summit, warnings());
    }

    @RolesAllowed(Roles.SECRETARIAT)
    public Summit cancel(long id, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException(Map.of("reason", "is required: members are told why"));
        }
        if (reason.trim().length() > 1000) {
            throw new InvalidInputException(Map.of("reason", "is at most 1000 characters"));
        }
        Summit summit = records.lock(id);
        SummitRecords.refuseCancelled(summit);
        summit.cancel(reason.trim(), clock.instant());
        audit.record("SUMMIT_CANCELLED", "Summit", id, reason.trim());
        if (summit.isPublishedOnce()) {
            for (Member member : records.invitees()) {
                changed.fire(SummitChanged.of(SummitChanged.Type.CANCELLED, id, member.getId(), null, reason.trim()));
            }
        }
        return summit;
    }

    public List<Summit> find(Integer year) {
        List<Summit> all = records.all();
        if (year == null) {
            return all;
        }
        return all.stream().filter(s -> s.getStartsAt().atZone(records.zone()).getYear() == year).toList();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Summit byId(long id) {
        return records.byId(id);
    }

    /** The cadence warnings of the whole plan now (the dashboard shows them). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<CadenceWarning> warnings() {
        List<PlannedSummit> planned = records.all().stream()
                .map(s -> new PlannedSummit(s.getId(), s.getStartsAt().atZone(records.zone()).toLocalDate(), s.isCancelled()))
                .toList();
        return new CadencePolicy(clock.withZone(records.zone())).check(planned, CadenceRules.of(bylaws.current()));
    }

    /** The partnership's today. */
    public LocalDate today() {
        return time.today();
    }

    /** Summits taking place from today on, soonest first. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Summit> upcoming() {
        Instant now = clock.instant();
        return records.all().stream().filter(s -> !s.isCancelled() && s.getEndsAt().isAfter(now)).toList();
    }

    private static void check(SummitRequest request) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (!request.endsAt().isAfter(request.startsAt())) {
            errors.put("endsAt", "must be after startsAt");
        }
        if (request.rsvpDeadline().isAfter(request.startsAt())) {
            errors.put("rsvpDeadline", "must not be after startsAt");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
