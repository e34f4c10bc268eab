package org.partnershipsteward.summit.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import org.partnershipsteward.audit.boundary.AuditTrail;
import org.partnershipsteward.summit.control.RsvpPolicy;
import org.partnershipsteward.summit.entity.Rsvp;
import org.partnershipsteward.summit.entity.Summit;

/**
 * Free seats go to the waiting, in the order of their numbers ({@link RsvpPolicy#promotions}), each with the usual
 * promotion notice: after a confirmed member stops coming and after the secretariat raises the capacity. Runs in the
 * calling boundary's transaction, which holds the summit's row lock, so the answers it reads are current.
 */
@Dependent
public class Waitlist {

    @Inject
    SummitRecords records;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    Event<SummitChanged> changed;

    /** Promotes while seats are free and members wait; returns how many were promoted. */
    int fillFreeSeats(Summit summit, String why) {
        int promoted = 0;
        for (Rsvp next : RsvpPolicy.promotions(records.answers(summit.getId()), summit.getCapacity())) {
            next.promote(clock.instant());
            audit.record("RSVP_PROMOTED", "Summit", summit.getId(), "member " + next.getMemberId() + " gets a seat (" + why + ")");
            changed.fire(SummitChanged.of(SummitChanged.Type.PROMOTED, summit.getId(), next.getMemberId(), null, null));
            promoted++;
        }
        return promoted;
    }
}
