package org.partnershipsteward.summit.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.partnershipsteward.membership.entity.Member;
import org.partnershipsteward.platform.security.Roles;
import org.partnershipsteward.summit.control.ReminderPolicy;
import org.partnershipsteward.summit.entity.Rsvp;
import org.partnershipsteward.summit.entity.Summit;

/**
 * The mails before a summit ({@link ReminderPolicy} says which are due). Each reminder is recorded for the
 * summit's current start, so a moved summit is reminded again and two instances never send one twice.
 */
@Stateless
@RolesAllowed({Roles.SECRETARIAT, Roles.BOARD, Roles.MEMBER})
public class Reminders {

    @PersistenceContext
    EntityManager em;

    @Inject
    SummitRecords records;

    @Inject
    Clock clock;

    @Inject
    Event<SummitChanged> changed;

    /**
     * Sends the reminders that are due (configured days before the start, to YES and MAYBE) and the nudge
     * before the deadline (to those who have not answered).
     */
    @PermitAll
    public int sendDueReminders(List<Integer> daysBefore, int nudgeDaysBeforeDeadline) {
        int sent = 0;
        Instant now = clock.instant();
        for (Summit summit : records.all()) {
            if (!ReminderPolicy.reminds(summit.isCancelled(), summit.isPublishedOnce(), summit.getStartsAt(), now)) {
                continue;
            }
            ReminderPolicy.Due due = ReminderPolicy.due(daysBefore, summit.getStartsAt(), now);
            if (due.send().isPresent()) {
                boolean fresh = claimReminder(summit, "D" + due.send().get());
                due.passed().forEach(d -> claimReminder(summit, "D" + d));
                if (fresh) {
                    for (Rsvp r : records.answers(summit.getId())) {
                        if (ReminderPolicy.reminded(r.getStatus())) {
                            changed.fire(SummitChanged.of(SummitChanged.Type.REMINDER, summit.getId(), r.getMemberId(), null, null));
                            sent++;
                        }
                    }
                }
            }
            if (ReminderPolicy.nudgeDue(summit.getRsvpDeadline(), nudgeDaysBeforeDeadline, now) && claimReminder(summit, "NUDGE")) {
                Set<Long> answered = records.answers(summit.getId()).stream().map(Rsvp::getMemberId).collect(Collectors.toSet());
                for (Member member : records.invitees()) {
                    if (!answered.contains(member.getId())) {
                        changed.fire(SummitChanged.of(SummitChanged.Type.REMINDER, summit.getId(), member.getId(),
                                records.rsvpLink(summit, member), null));
                        sent++;
                    }
                }
            }
        }
        return sent;
    }

    private boolean claimReminder(Summit summit, String label) {
        int already = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM summit_reminder WHERE summit_id = ? AND label = ? AND starts_at = ?")
                .setParameter(1, summit.getId()).setParameter(2, label).setParameter(3, Timestamp.from(summit.getStartsAt()))
                .getSingleResult()).intValue();
        if (already > 0) {
            return false;
        }
        em.createNativeQuery("INSERT INTO summit_reminder (summit_id, label, starts_at, sent_at) VALUES (?, ?, ?, ?)")
                .setParameter(1, summit.getId()).setParameter(2, label).setParameter(3, Timestamp.from(summit.getStartsAt()))
                .setParameter(4, Timestamp.from(clock.instant())).executeUpdate();
        return true;
    }
}
