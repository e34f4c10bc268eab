package org.partnershipsteward.summit.control;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.partnershipsteward.summit.entity.Rsvp;
import org.partnershipsteward.summit.entity.RsvpResponse;
import org.partnershipsteward.summit.entity.RsvpStatus;

/**
 * What an answer means under the summit's capacity: a YES past capacity waits in line, numbered after everyone who
 * ever stood in it; a freed seat goes to the first in line.
 */
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

    /**
     * The place a new YES past capacity takes: after the highest number ever given out for the summit, so a member
     * who joins the line later never overtakes one who is waiting (numbers are not reused when someone leaves it).
     */
    public static long nextInLine(Collection<Rsvp> answers) {
        return nextInLine(answers.stream().map(Rsvp::getWaitlistPosition).filter(Objects::nonNull).max(Long::compare).orElse(null));
    }

    /** The same from the highest number held ({@code SELECT MAX}), null when nobody holds one. */
    public static long nextInLine(Long highestHeld) {
        return (highestHeld == null ? 0 : highestHeld) + 1;
    }

    /**
     * Who is promoted now: while the summit has fewer confirmed seats than its capacity (a seat was freed, or the
     * capacity was raised), the waiting members in the order of their numbers, as many as there are free seats.
     */
    public static List<Rsvp> promotions(Collection<Rsvp> answers, int capacity) {
        long confirmed = answers.stream().filter(r -> r.getStatus() == RsvpStatus.CONFIRMED).count();
        long free = Math.max(0, capacity - confirmed);
        return answers.stream().filter(r -> r.getStatus() == RsvpStatus.WAITLISTED && r.getWaitlistPosition() != null)
                .sorted(Comparator.comparing(Rsvp::getWaitlistPosition)).limit(free).toList();
    }

    /** Who gets a freed seat: the waitlisted member with the lowest number, if anyone waits. */
    public static Optional<Rsvp> firstInLine(Collection<Rsvp> answers) {
        return answers.stream().filter(r -> r.getStatus() == RsvpStatus.WAITLISTED && r.getWaitlistPosition() != null)
                .min(Comparator.comparing(Rsvp::getWaitlistPosition));
    }
}
