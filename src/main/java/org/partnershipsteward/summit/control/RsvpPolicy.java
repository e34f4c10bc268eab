package org.partnershipsteward.summit.control;

import org.partnershipsteward.summit.entity.RsvpResponse;
import org.partnershipsteward.summit.entity.RsvpStatus;

/** What an answer means under the summit's capacity: a YES past capacity waits in line. */
public final class RsvpPolicy {

    private RsvpPolicy() {
    }

    /**
     * @param alreadyConfirmed whether this member holds a seat now (a repeated YES keeps it)
     * @param confirmedOthers  seats held by other members
     */
    public static RsvpStatus decide(RsvpResponse response, boolean alreadyConfirmed, int confirmedOthers, int capacity) {
        return switch (response) {
            case NO -> RsvpStatus.DECLINED;
            case MAYBE -> RsvpStatus.TENTATIVE;
            case YES -> alreadyConfirmed || confirmedOthers < capacity ? RsvpStatus.CONFIRMED : RsvpStatus.WAITLISTED;
        };
    }

    /** Whether a seat frees up when a member moves from {@code before} to {@code after}. */
    public static boolean freesSeat(RsvpStatus before, RsvpStatus after) {
        return before == RsvpStatus.CONFIRMED && after != RsvpStatus.CONFIRMED;
    }
}
