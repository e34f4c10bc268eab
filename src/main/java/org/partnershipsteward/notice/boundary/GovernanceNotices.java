package org.partnershipsteward.notice.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import org.partnershipsteward.bylaws.boundary.BylawsAmended;
import org.partnershipsteward.notice.entity.NoticeKind;
import org.partnershipsteward.membership.entity.Member;
import org.partnershipsteward.membership.entity.MemberStatus;
import org.partnershipsteward.platform.config.PartnershipConfig;

/**
 * Turns governance events into notices, in the transaction that raised them (synchronous observers):
 * if the decision rolls back, so do its notices.
 */
@ApplicationScoped
public class GovernanceNotices {

    @PersistenceContext
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    PartnershipConfig config;

    void bylawsAmended(@Observes BylawsAmended event) {
        var members = em.createQuery("SELECT m FROM Member m WHERE m.status IN :current", Member.class)
                .setParameter("current", MemberStatus.CURRENT).getResultList();
        for (Member member : members) {
            outbox.enqueue(NoticeRequest.of(NoticeKind.BYLAWS_AMENDED, member.getEmail(), member.fullName(),
                    Map.of("bylawsVersion", event.version(), "effectiveFrom", event.effectiveFrom().toString(),
                            "summary", event.summary(), "link", config.baseUrl() + "/bylaws.xhtml"))
                    .about("Bylaws", (long) event.version()));
        }
    }
}
