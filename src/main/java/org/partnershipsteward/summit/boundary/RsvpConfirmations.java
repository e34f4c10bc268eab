package org.partnershipsteward.summit.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.partnershipsteward.summit.entity.Rsvp;

/**
 * The confirmation mail of an answer, composed after the answer's transaction (issue 21): that transaction holds the
 * summit's row lock, which every answer to the summit waits for, so it does only what the rules need (the seat
 * decision, the answer, its audit entry) and marks the answer's confirmation as due. Composing the mail (calendar
 * entry, text, the assistants' copies) follows the commit, in a transaction of its own that first claims the mark:
 * at once, in the same request ({@link RsvpConfirmationTrigger}), and for a mark a failure or crash left behind,
 * by the sweep ({@link SummitJobs}). Claiming is one conditional update of the answer's row, so the request and the
 * sweep, or two instances, never both compose it; an answer changed again before its mail was composed gets one
 * confirmation of where it stands.
 */
@Stateless
@PermitAll
public class RsvpConfirmations {

    /** An answer whose mark is younger than this is left to its own request. */
    static final Duration GRACE = Duration.ofSeconds(10);

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<SummitChanged> changed;

    @Inject
    Clock clock;

    /** Claims the answer's due confirmation and composes it; false when none was due (already composed). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean compose(long rsvpId) {
        int claimed = em.createNativeQuery("UPDATE rsvp SET confirmation_due = FALSE WHERE id = ? AND confirmation_due = TRUE")
                .setParameter(1, rsvpId).executeUpdate();
        if (claimed == 0) {
            return false;
        }
        Rsvp rsvp = em.find(Rsvp.class, rsvpId);
        changed.fire(SummitChanged.of(SummitChanged.Type.RSVP_RECORDED, rsvp.getSummitId(), rsvp.getMemberId(), null,
                rsvp.getStatus().name()));
        return true;
    }

    /** Answers whose confirmation has been due for longer than {@link #GRACE}, oldest first, at most {@code max}. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Long> overdue(int max) {
        return em.createQuery("SELECT r.id FROM Rsvp r WHERE r.confirmationDue = TRUE AND r.updatedAt < :before "
                + "ORDER BY r.updatedAt", Long.class)
                .setParameter("before", clock.instant().minus(GRACE)).setMaxResults(max).getResultList();
    }
}
