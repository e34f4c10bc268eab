package org.partnershipsteward.minutes.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.partnershipsteward.health.boundary.ActionRecords;
import org.partnershipsteward.health.control.Facts.ActionFact;
import org.partnershipsteward.minutes.entity.ActionItem;
import org.partnershipsteward.minutes.entity.ActionStatus;

/** The actions for the scorecard's shared goals: due day, closing day, done or dropped (no titles, no owners). */
@Stateless
@PermitAll
public class ActionScorecard implements ActionRecords {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<ActionFact> actions() {
        return em.createQuery("SELECT a FROM ActionItem a", ActionItem.class).getResultList().stream()
                .map(a -> new ActionFact(a.getDueOn(), a.getClosedOn(), a.getStatus() == ActionStatus.DONE,
                        a.getStatus() == ActionStatus.DROPPED)).toList();
    }
}
