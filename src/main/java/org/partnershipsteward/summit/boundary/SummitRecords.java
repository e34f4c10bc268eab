package org.partnershipsteward.summit.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collections;
import java.util.List;
import org.partnershipsteward.membership.entity.Member;
import org.partnershipsteward.membership.entity.MemberStatus;
import org.partnershipsteward.platform.config.PartnershipConfig;
import org.partnershipsteward.platform.domain.ConflictException;
import org.partnershipsteward.platform.domain.UnknownEntityException;
import org.partnershipsteward.platform.persistence.RenderMemo;
import org.partnershipsteward.platform.security.Account;
import org.partnershipsteward.platform.security.Caller;
import org.partnershipsteward.platform.security.MemberLinks;
import org.partnershipsteward.summit.entity.Rsvp;
import org.partnershipsteward.summit.entity.Summit;

/**
 * What the summit boundaries share: a summit read or locked by id, the invitees, RSVP links, a summit's answers,
 * the caller's account and times in the partnership's zone. Not a boundary: it has no transaction or security of
 * its own and runs in the calling boundary's.
 */
@Dependent
public class SummitRecords {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    MemberLinks links;


    @Inject
    PartnershipConfig config;

    Summit byId(long id) {
        Summit summit = em.find(Summit.class, id);
        if (summit == null) {
            throw new UnknownEntityException("summit", id);
        }
        return summit;
    }

    /**
     * Every summit, soonest first; unmodifiable. Read once per rendering ({@link RenderMemo}: the dashboard's next
     * summit and its cadence warnings both ask), current rows otherwise.
     */
    List<Summit> all() {
        return RenderMemo.of(new AllSummits(), () -> Collections.unmodifiableList(
                em.createQuery("SELECT s FROM Summit s ORDER BY s.startsAt", Summit.class).getResultList()));
    }

    private record AllSummits() {
    }

    /** The summit with its row locked: everything that changes a summit's seats or agenda takes this lock first. */
    Summit lock(long id) {
        Summit summit = em.find(Summit.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (summit == null) {
            throw new UnknownEntityException("summit", id);
        }
        return summit;
    }

    static void refuseCancelled(Summit summit) {
        if (summit.isCancelled()) {
            throw new ConflictException("The summit is cancelled");
        }
    }

    /** The current members, who are invited to every summit. */
    List<Member> invitees() {
        return em.createQuery("SELECT m FROM Member m WHERE m.status IN :current ORDER BY m.id", Member.class)
                .setParameter("current", MemberStatus.CURRENT).getResultList();
    }

    String rsvpLink(Summit summit, Member member) {
        return config.baseUrl() + "/rsvp/" + links.issue(MemberLinks.Kind.RSVP, summit.getId(), member.getId(),
                summit.getEndsAt().plusSeconds(86_400));
    }

    /** A summit's answers: seats first, then the waitlist in its order. */
    List<Rsvp> answers(long summitId) {
        return em.createQuery("SELECT r FROM Rsvp r WHERE r.summitId = :s ORDER BY r.status, r.waitlistPosition, r.id",
                Rsvp.class).setParameter("s", summitId).getResultList();
    }

    Account caller() {
        return caller.requireAccount();
    }

    ZoneId zone() {
        return config.zone();
    }

    /** A time in the partnership's zone, for the audit trail. */
    String local(Instant instant) {
        return instant.atZone(zone()).toLocalDateTime().toString() + " " + zone();
    }
}
