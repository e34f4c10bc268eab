package org.partnershipsteward.minutes.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.Map;
import org.partnershipsteward.membership.entity.Member;
import org.partnershipsteward.minutes.entity.ActionItem;
import org.partnershipsteward.notice.boundary.NoticeRequest;
import org.partnershipsteward.notice.boundary.Outbox;
import org.partnershipsteward.notice.entity.NoticeKind;
import org.partnershipsteward.platform.config.PartnershipConfig;
import org.partnershipsteward.summit.entity.Summit;

/** The mails of the minutes and actions: approval requests to the board, publication to members, actions to owners. */
@ApplicationScoped
public class MinutesNotices {

    @PersistenceContext
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    PartnershipConfig config;

    void on(@Observes MinutesEvent event) {
        switch (event.type()) {
            case APPROVAL_REQUESTED -> approval(event);
            case PUBLISHED -> published(event);
            case ACTION_ASSIGNED, ACTION_REMINDER -> action(event);
            default -> throw new IllegalStateException("Unknown minutes event " + event.type());
        }
    }

    private void approval(MinutesEvent event) {
        Summit summit = em.find(Summit.class, event.subjectId());
        Map<String, Object> model = new HashMap<>();
        model.put("itemTitle", "Minutes of " + summit.getTitle() + " (" + config.when(summit.getStartsAt()) + ")");
        model.put("link", config.baseUrl() + "/board/queue.xhtml");
        outbox.enqueue(NoticeRequest.of(NoticeKind.APPROVAL_REQUESTED, event.email(), event.name(), model)
                .about("Summit", summit.getId()));
    }

    private void published(MinutesEvent event) {
        Summit summit = em.find(Summit.class, event.subjectId());
        Member member = em.find(Member.class, event.memberId());
        Map<String, Object> model = new HashMap<>();
        model.put("summitTitle", summit.getTitle());
        model.put("startsAt", config.when(summit.getStartsAt()));
        model.put("link", config.baseUrl() + "/summits/minutes.xhtml?id=" + summit.getId());
        model.put("minutes", MinutesText.of(event.minutes()));
        if (event.minutes().items().stream().anyMatch(MinutesView.Section::withheld)) {
            model.put("restricted", true);
        }
        outbox.enqueue(NoticeRequest.of(NoticeKind.MINUTES_PUBLISHED, member.getEmail(), member.fullName(), model)
                .about("Summit", summit.getId()));
    }

    private void action(MinutesEvent event) {
        ActionItem action = em.find(ActionItem.class, event.subjectId());
        Summit summit = em.find(Summit.class, action.getSummitId());
        Member owner = em.find(Member.class, event.memberId());
        Map<String, Object> model = new HashMap<>();
        model.put("summitTitle", summit.getTitle());
        model.put("actionTitle", action.getTitle());
        model.put("due", action.getDueOn().toString());
        model.put("link", event.link());
        model.put("portal", config.baseUrl() + "/member/actions.xhtml");
        NoticeKind kind = event.type() == MinutesEvent.Type.ACTION_ASSIGNED ? NoticeKind.ACTION_ASSIGNED : NoticeKind.ACTION_REMINDER;
        outbox.enqueue(NoticeRequest.of(kind, owner.getEmail(), owner.fullName(), model).about("Action", action.getId()));
    }
}
