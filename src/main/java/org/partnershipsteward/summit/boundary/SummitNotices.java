package org.partnershipsteward.summit.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.partnershipsteward.membership.entity.Member;
import org.partnershipsteward.notice.boundary.NoticeRequest;
import org.partnershipsteward.notice.boundary.Outbox;
import org.partnershipsteward.notice.control.CalendarAttachment;
import org.partnershipsteward.notice.control.ParticipationStatus;
import org.partnershipsteward.notice.entity.NoticeKind;
import org.partnershipsteward.platform.config.PartnershipConfig;
import org.partnershipsteward.summit.entity.Rsvp;
import org.partnershipsteward.summit.entity.Summit;

/**
 * Invitations, answers, reminders, changes and cancellations of summits, each with the calendar entry
 * that keeps members' calendars in step (same UID, growing SEQUENCE, CANCEL when cancelled).
 */
@ApplicationScoped
public class SummitNotices {

    @PersistenceContext
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    SummitCalendar calendar;

    @Inject
    PartnershipConfig config;

    String when(Instant instant) {
        return config.when(instant);
    }

    /** The accepted items, one line each, with their sharing label: what members may pass on, and how. */
    java.util.Optional<String> agenda(Summit summit) {
        var items = em.createQuery("SELECT i FROM AgendaItem i WHERE i.summitId = :s AND i.status = :a ORDER BY i.position",
                org.partnershipsteward.summit.entity.AgendaItem.class).setParameter("s", summit.getId())
                .setParameter("a", org.partnershipsteward.summit.entity.AgendaItem.Status.ACCEPTED).getResultList();
        if (items.isEmpty()) {
            return java.util.Optional.empty();
        }
        StringBuilder lines = new StringBuilder();
        int n = 1;
        for (var item : items) {
            lines.append(n++).append(". ").append(item.getTitle()).append(" (").append(item.getMinutes()).append(" min)");
            if (item.getSharing() != null) {
                lines.append(" [").append(item.getSharing().label()).append("]");
            }
            if (item.getPresenter() != null) {
                lines.append(", ").append(item.getPresenter());
            }
            lines.append('\n');
        }
        return java.util.Optional.of(lines.toString().stripTrailing());
    }

    void summit(@Observes SummitChanged event) {
        Summit summit = em.find(Summit.class, event.summitId());
        String page = config.baseUrl() + "/summits/view.xhtml?id=" + summit.getId();
        Map<String, Object> model = new HashMap<>();
        model.put("summitTitle", summit.getTitle());
        model.put("startsAt", when(summit.getStartsAt()));
        if (event.type() == SummitChanged.Type.APPROVAL_REQUESTED) {
            model.put("itemTitle", "Agenda of " + summit.getTitle() + " (" + when(summit.getStartsAt()) + ")");
            model.put("link", config.baseUrl() + "/board/queue.xhtml");
            outbox.enqueue(NoticeRequest.of(NoticeKind.APPROVAL_REQUESTED, event.email(), event.name(), model)
                    .about("Summit", summit.getId()));
            return;
        }
        Member member = em.find(Member.class, event.memberId());
        Rsvp rsvp = em.createQuery("SELECT r FROM Rsvp r WHERE r.summitId = :s AND r.memberId = :m", Rsvp.class)
                .setParameter("s", summit.getId()).setParameter("m", member.getId()).getResultStream().findFirst().orElse(null);
        model.put("venue", summit.getVenue());
        model.put("link", page);
        NoticeKind kind;
        CalendarAttachment invite = null;
        switch (event.type()) {
            case INVITED -> {
                kind = NoticeKind.INVITATION;
                agenda(summit).ifPresent(a -> model.put("agenda", a));
                model.put("rsvpDeadline", when(summit.getRsvpDeadline()));
                model.put("link", event.rsvpLink());
                invite = calendar.invite(summit, member, ParticipationStatus.NEEDS_ACTION);
            }
            case AGENDA_CHANGED -> {
                kind = NoticeKind.AGENDA_CHANGED;
                agenda(summit).ifPresent(a -> model.put("agenda", a));
            }
            case MOVED -> {
                kind = NoticeKind.SUMMIT_MOVED;
                model.put("previousStartsAt", event.detail());
                invite = calendar.invite(summit, member, SummitCalendar.partstat(rsvp));
            }
            case CANCELLED -> {
                kind = NoticeKind.SUMMIT_CANCELLED;
                model.put("reason", event.detail());
                invite = calendar.invite(summit, member, SummitCalendar.partstat(rsvp));
            }
            case RSVP_RECORDED -> {
                kind = NoticeKind.RSVP_CONFIRMATION;
                model.put("rsvpStatus", event.detail());
                invite = calendar.invite(summit, member, SummitCalendar.partstat(rsvp));
            }
            case PROMOTED -> {
                kind = NoticeKind.WAITLIST_PROMOTED;
                invite = calendar.invite(summit, member, ParticipationStatus.ACCEPTED);
            }
            case REMINDER -> {
                kind = NoticeKind.REMINDER;
                if (event.rsvpLink() != null) {
                    // the nudge: this member has not answered the invitation yet
                    model.put("link", event.rsvpLink());
                    model.put("notAnswered", true);
                    model.put("rsvpDeadline", when(summit.getRsvpDeadline()));
                }
            }
            default -> throw new IllegalStateException("Unknown summit event " + event.type());
        }
        NoticeRequest request = NoticeRequest.of(kind, member.getEmail(), member.fullName(), model).about("Summit", summit.getId());
        outbox.enqueue(invite == null ? request : request.withCalendar(invite));
        if (kind == NoticeKind.INVITATION && member.getAssistantEmail() != null) {
            Map<String, Object> copy = new HashMap<>(model);
            outbox.enqueue(NoticeRequest.of(kind, member.getAssistantEmail(),
                    member.getAssistantName() == null ? member.getAssistantEmail() : member.getAssistantName(), copy)
                    .about("Summit", summit.getId()));
        }
    }
}
