package org.partnershipsteward.minutes.control;

import java.time.LocalDate;
import org.partnershipsteward.minutes.entity.ActionStatus;

/**
 * The rules of an action item: who may set which status, when its owner is reminded, when it is overdue and
 * whether it was closed on time. Pure: days are given in the partnership's zone.
 */
public final class ActionPolicy {

    /** At most this many characters in a note. */
    public static final int MAX_NOTE = 2000;

    private ActionPolicy() {
    }

    /**
     * Whether the caller may move an action to {@code next}: the secretariat to any status; the owner may close
     * their own open action (DONE or DROPPED), never re-open it nor touch anyone else's.
     */
    public static boolean mayChange(ActionStatus current, ActionStatus next, boolean secretariat, boolean owner) {
        if (secretariat) {
            return true;
        }
        return owner && current == ActionStatus.OPEN && next != ActionStatus.OPEN;
    }

    /** A DROPPED action needs a note saying why; any note is bounded. Returns the reason it is refused, or null. */
    public static String noteProblem(ActionStatus next, String note) {
        if (note != null && note.length() > MAX_NOTE) {
            return "must be at most " + MAX_NOTE + " characters";
        }
        if (next == ActionStatus.DROPPED && (note == null || note.isBlank())) {
            return "is required when an action is dropped: say why";
        }
        return null;
    }

    /** The reminder is due from {@code daysBefore} days before the due day, once, while the action is open. */
    public static boolean reminderDue(ActionStatus status, LocalDate due, LocalDate today, int daysBefore,
            boolean alreadyReminded) {
        return status == ActionStatus.OPEN && !alreadyReminded && !today.isBefore(due.minusDays(daysBefore))
                && !today.isAfter(due);
    }

    /** Open after its due day. */
    public static boolean overdue(ActionStatus status, LocalDate due, LocalDate today) {
        return status == ActionStatus.OPEN && today.isAfter(due);
    }

    /** DONE on or before its due day. */
    public static boolean closedOnTime(ActionStatus status, LocalDate due, LocalDate closedOn) {
        return status == ActionStatus.DONE && closedOn != null && !closedOn.isAfter(due);
    }

    /** A new action's due day may not lie before the summit it was agreed at. Returns the reason, or null. */
    public static String dueProblem(LocalDate due, LocalDate summitDay) {
        if (due == null) {
            return "is required (a date, e.g. 2026-06-30)";
        }
        return due.isBefore(summitDay) ? "may not be before the summit (" + summitDay + ")" : null;
    }
}
