package org.partnershipsteward.board.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The rules on a seat holder's leave (issue 17): both days given, the first not after the last; it does not start
 * before today (a leave is recorded ahead or on its first day, not afterwards); it does not overlap another leave of
 * the same seat; its reason is at most {@link #REASON_MAX} characters. Ending a leave early: one that has not started
 * is cancelled, one under way ends yesterday (the holder is back today), one that is over stays as it was.
 */
public final class AbsencePolicy {

    public static final String DATES = "ABSENCE_DATES";
    public static final String NOT_PAST = "ABSENCE_NOT_PAST";
    public static final String OVERLAP = "ABSENCE_OVERLAP";
    public static final String REASON = "ABSENCE_REASON";
    public static final String OVER = "ABSENCE_OVER";
    public static final int REASON_MAX = 200;

    private AbsencePolicy() {
    }

    /** Every rule the leave fails; empty when it may be recorded. */
    public static List<SeatFinding> failures(LocalDate from, LocalDate to, String reason, LocalDate today,
            Collection<SeatActing.Leave> others) {
        List<SeatFinding> failures = new ArrayList<>();
        if (from == null || to == null || to.isBefore(from)) {
            failures.add(new SeatFinding(DATES, false, "a leave needs a first day (from) and a last day (to), "
                    + "the last not before the first"));
            return failures;
        }
        if (from.isBefore(today)) {
            failures.add(new SeatFinding(NOT_PAST, false, "a leave starts today or later (it starts " + from
                    + ", today is " + today + ")"));
        }
        others.stream().filter(o -> !o.to().isBefore(from) && !o.from().isAfter(to)).findFirst()
                .ifPresent(o -> failures.add(new SeatFinding(OVERLAP, false, "the seat has a leave from " + o.from()
                        + " to " + o.to() + " already; leaves of one seat do not overlap")));
        if (reason != null && reason.trim().length() > REASON_MAX) {
            failures.add(new SeatFinding(REASON, false, "the reason is at most " + REASON_MAX + " characters"));
        }
        return failures;
    }

    /** What ending a leave early does today. */
    public enum Ending {
        /** It has not started: it is cancelled (removed). */
        CANCEL,
        /** It is under way: its last day becomes yesterday; the holder is back today. */
        END_YESTERDAY,
        /** It is over already: nothing to end. */
        OVER
    }

    public static Ending ending(SeatActing.Leave leave, LocalDate today) {
        if (leave.from().isAfter(today) || leave.from().equals(today)) {
            return Ending.CANCEL;
        }
        return leave.to().isBefore(today) ? Ending.OVER : Ending.END_YESTERDAY;
    }

    /** The new last day of a leave ended early today. */
    public static Optional<LocalDate> newLastDay(SeatActing.Leave leave, LocalDate today) {
        return ending(leave, today) == Ending.END_YESTERDAY ? Optional.of(today.minusDays(1)) : Optional.empty();
    }
}
