package org.partnershipsteward.incident.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.partnershipsteward.incident.control.AlertDisclosure;
import org.partnershipsteward.incident.entity.Alert;
import org.partnershipsteward.incident.entity.AlertLink;
import org.partnershipsteward.membership.entity.Member;
import org.partnershipsteward.notice.boundary.NoticeRequest;
import org.partnershipsteward.notice.boundary.Outbox;
import org.partnershipsteward.notice.entity.NoticeKind;
import org.partnershipsteward.platform.config.PartnershipConfig;
import org.partnershipsteward.platform.security.Tokens;

/**
 * The mails of an alert, stored in the outbox in the caller's transaction as {@link NoticeKind#URGENT_ALERT}
 * (claimed ahead of everything queued; never optional, so no opt-out holds it back). Each mail to a member
 * carries a fresh acknowledgement link bound to their recipient row; the copy to a backup contact carries none.
 */
@Dependent
public class AlertNotices {

    @PersistenceContext
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    PartnershipConfig config;

    @Inject
    Clock clock;

    /** The mail to a member: the first one, or the second when {@code second}. */
    public void toMember(Alert alert, long recipientId, Member member, boolean second) {
        String token = Tokens.random();
        // persisted, not a native insert: a native update would flush the whole context once per recipient
        em.persist(new AlertLink(Tokens.hash(token), recipientId, clock.instant()));
        Map<String, Object> model = model(alert, AlertDisclosure.memberMail(alert.getTitle(), alert.getBody(), alert.getSharing()));
        model.put("link", config.baseUrl() + "/alert/" + token);
        model.put("second", second);
        outbox.enqueue(NoticeRequest.of(NoticeKind.URGENT_ALERT, member.getEmail(), member.fullName(), model)
                .about("Alert", alert.getId()));
    }

    /** The copy of the second mail to the member's backup contact (or assistant): no link, and only what the label allows. */
    public void toBackup(Alert alert, Member member, BackupContacts.Contact backup) {
        Map<String, Object> model = model(alert, AlertDisclosure.backupCopy(alert.getTitle(), alert.getBody(), alert.getSharing()));
        model.put("second", true);
        model.put("copyFor", member.fullName());
        outbox.enqueue(NoticeRequest.of(NoticeKind.URGENT_ALERT, backup.email(),
                backup.name() == null || backup.name().isBlank() ? backup.email() : backup.name(), model)
                .about("Alert", alert.getId()));
    }

    private Map<String, Object> model(Alert alert, AlertDisclosure.Text text) {
        Map<String, Object> model = new HashMap<>();
        model.put("drill", alert.isDrill());
        model.put("sentAt", config.when(alert.getSentAt()));
        model.put("label", text.label());
        model.put("labelMeaning", text.labelMeaning());
        model.put("restricted", text.restricted());
        model.put("portalLink", config.baseUrl() + "/member/alert.xhtml?id=" + alert.getId());
        if (!text.restricted()) {
            model.put("headline", text.title());
            model.put("alertBody", text.body());
        }
        return model;
    }
}
