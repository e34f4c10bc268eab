package org.partnershipsteward.summit.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.partnershipsteward.membership.boundary.Assistants;
import org.partnershipsteward.membership.entity.Assistant;
import org.partnershipsteward.membership.entity.Member;
import org.partnershipsteward.notice.boundary.NoticeRequest;
import org.partnershipsteward.notice.boundary.Outbox;
import org.partnershipsteward.notice.control.CalendarAttachment;
import org.partnershipsteward.notice.control.ParticipationStatus;
import org.partnershipsteward.notice.entity.NoticeKind;
import org.partnershipsteward.platform.config.PartnershipConfig;
import org.partnershipsteward.summit.control.SharingPolicy;
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
    SharedAgenda sharedAgenda;

    @Inject
    Assistants assistants;

    @Inject
    PartnershipConfig config;

    String when(Instant instant) {
        return config.when(instant);
    }

    /**
     * The accepted items for one audience, with their sharing labels, as {@link SharingPolicy} allows: the model's
     * {@code agenda}, and {@code restricted} with the summit's page when an item is only "a restricted item".
     */
    void agenda(Summit summit, SharingPolicy.Audience audience, Map<String, Object> model) {
        model.remove("agenda");
        model.remove("restricted");
        sharedAgenda.of(summit, audience).ifPresent(text -> {
            model.put("agenda", text.lines());
            if (text.restricted()) {
                model.put("restricted", true);
            }
        });
    }

    void summit(@Observes SummitChanged event) {
        Summit summit = em.find(Summit.class, event.summitId());
        String page = config.baseUrl() + "/summits/view.xhtml?id=" + summit.getId();
        Map<String, Object> model = new HashMap<>();
        model.put("summitTitle", summit.getTitle());
        model.put("startsAt", when(summit.getStartsAt()));
        model.put("summitPage", page);
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
                agenda(summit, SharingPolicy.Audience.MEMBER_MAIL, model);
                model.put("rsvpDeadline", when(summit.getRsvpDeadline()));
                model.put("link", event.rsvpLink());
                invite = calendar.invite(summit, member, ParticipationStatus.NEEDS_ACTION);
            }
            case AGENDA_CHANGED -> {
                kind = NoticeKind.AGENDA_CHANGED;
                agenda(summit, SharingPolicy.Audience.MEMBER_MAIL, model);
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
                model.put("rsvpStatus", org.partnershipsteward.platform.web.Labels.label(event.detail()));
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
        boolean sent = outbox.enqueue(invite == null ? request : request.withCalendar(invite)).isPresent();
        if (sent) {
            copyToAssistants(summit, member, kind, model, invite);
        }
    }

    /**
     * Each of the member's assistants gets a copy of what the member was sent (issue 17): only when the member was
     * (their opt-out of an optional kind holds for the copies too), with the same calendar entry (same UID, so the
     * assistant's calendar follows moves and cancellations; calendar entries never carry TLP:RED or TLP:AMBER+STRICT
     * items), and the agenda as {@link SharingPolicy} gives it to an assistant. The copy of an invitation keeps the
     * member's RSVP link: an answer through it is recorded as "link"; signed in, the assistant answers as themself.
     */
    private void copyToAssistants(Summit summit, Member member, NoticeKind kind, Map<String, Object> model,
            CalendarAttachment invite) {
        for (Assistant assistant : assistants.copiesFor(member.getId())) {
            Map<String, Object> copy = new HashMap<>(model);
            if (model.containsKey("agenda")) {
                agenda(summit, SharingPolicy.Audience.ASSISTANT_COPY, copy);
            }
            copy.put("forMember", member.fullName());
            NoticeRequest request = NoticeRequest.of(kind, assistant.getEmail(), assistant.fullName(), copy)
                    .about("Summit", summit.getId());
            outbox.enqueue(invite == null ? request : request.withCalendar(invite));
        }
    }
}
