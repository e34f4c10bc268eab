package org.partnershipsteward.minutes.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import org.partnershipsteward.minutes.control.ActionPolicy;
import org.partnershipsteward.minutes.entity.ActionItem;
import org.partnershipsteward.minutes.entity.ActionStatus;

/**
 * The reminder before an action is due ({@link ActionPolicy#reminderDue}): once per action, claimed by setting
 * {@code reminded_at} where it is still empty, in the transaction that queues the mail.
 */
@Stateless
@PermitAll
public class ActionReminders {

    @PersistenceContext
    EntityManager em;

    @Inject
    MinutesRecords records;

    @Inject
    Clock clock;

    @Inject
    Event<MinutesEvent> events;

    /** Queues the reminders due today; returns how many. */
    public int sendDue(int daysBefore) {
        LocalDate today = records.day(clock.instant());
        int sent = 0;
        for (ActionItem action : em.createQuery("SELECT a FROM ActionItem a WHERE a.status = :open AND a.remindedAt IS NULL "
                + "AND a.dueOn >= :today AND a.dueOn <= :horizon", ActionItem.class).setParameter("open", ActionStatus.OPEN)
                .setParameter("today", today).setParameter("horizon", today.plusDays(daysBefore)).getResultList()) {
            if (!ActionPolicy.reminderDue(action.getStatus(), action.getDueOn(), today, daysBefore, false)) {
                continue;
            }
            int claimed = em.createNativeQuery("UPDATE action_item SET reminded_at = ? WHERE id = ? AND reminded_at IS NULL")
                    .setParameter(1, Timestamp.from(clock.instant())).setParameter(2, action.getId()).executeUpdate();
            if (claimed == 1) {
                events.fire(MinutesEvent.action(MinutesEvent.Type.ACTION_REMINDER, action.getId(), action.getOwnerMemberId(),
                        records.closeLink(action)));
                sent++;
            }
        }
        return sent;
    }
}
