package org.partnershipsteward.survey.control;

import java.time.Instant;
import java.time.ZoneId;
import java.util.random.RandomGenerator;

/**
 * What may be kept of an answer to an anonymous survey so that nothing joins it to the member who gave it: the
 * participation row says only that the member answered; the answer has no member, a random key (not a number in
 * the order answers came) and the survey's opening time; its audit entry has no actor and only the day.
 */
public final class Anonymity {

    /** Who an anonymous answer's audit entry says acted. */
    public static final String ACTOR = "anonymous";

    private Anonymity() {
    }

    /** The start of the day (in the partnership's zone) of a moment: the only time an anonymous answer's audit entry keeps. */
    public static Instant dayOf(Instant when, ZoneId zone) {
        return when.atZone(zone).toLocalDate().atStartOfDay(zone).toInstant();
    }

    /** A response's key: positive and random, so the keys' order says nothing about the order of the answers. */
    public static long responseKey(RandomGenerator random) {
        return random.nextLong(1, Long.MAX_VALUE);
    }

    /** When the stored answer says it was given: the survey's opening time when anonymous, else the moment itself. */
    public static Instant storedTime(boolean anonymous, Instant opensAt, Instant answeredAt) {
        return anonymous ? opensAt : answeredAt;
    }
}
