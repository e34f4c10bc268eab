package org.partnershipsteward.bylaws.control;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * Which bylaws version is in force on a day, the one answer every rule of the system uses. A version takes effect
 * on its {@code effectiveFrom}: of the versions that took effect by the day, the one adopted last (the highest
 * number) is in force, so a later adoption with an earlier date supersedes a pending one. Before any version took
 * effect the first one is in force. A version adopted to take effect later is pending until that day.
 */
public final class InForce {

    private InForce() {
    }

    /** A version's number and the day it takes effect. */
    public record Dated(int number, LocalDate effectiveFrom) {
    }

    /** The number of the version in force on {@code day}; empty only when no version was adopted. */
    public static Optional<Integer> on(Collection<Dated> versions, LocalDate day) {
        Optional<Dated> effective = versions.stream().filter(v -> !v.effectiveFrom().isAfter(day))
                .max(Comparator.comparingInt(Dated::number));
        return effective.or(() -> versions.stream().min(Comparator.comparingInt(Dated::number))).map(Dated::number);
    }

    /** Whether {@code number} was adopted to take effect after {@code day} and after the version in force then. */
    public static boolean pending(Collection<Dated> versions, int number, LocalDate day) {
        int inForce = on(versions, day).orElse(0);
        return versions.stream().anyMatch(v -> v.number() == number && number > inForce && v.effectiveFrom().isAfter(day));
    }
}
