package org.partnershipsteward.minutes.control;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.partnershipsteward.minutes.entity.ActionStatus;

/**
 * What the next agenda carries over: every action still OPEN that was agreed at a summit which started before
 * the summit whose agenda is drafted, oldest due day first. The agenda opens with a "review of open actions" item
 * while there is at least one.
 */
public final class CarryOver {

    /** The title of the agenda item that reviews the open actions. */
    public static final String REVIEW_TITLE = "Review of open actions";

    private CarryOver() {
    }

    /** An action as the carry-over sees it: its id, the start of the summit it came from, its due day, its status. */
    public record Action(long id, Instant agreedAt, java.time.LocalDate due, ActionStatus status) {
    }

    /** The ids of the actions the agenda of a summit starting at {@code startsAt} reviews. */
    public static List<Long> open(List<Action> actions, Instant startsAt) {
        return actions.stream().filter(a -> a.status() == ActionStatus.OPEN && a.agreedAt().isBefore(startsAt))
                .sorted(Comparator.comparing(Action::due).thenComparing(Action::id)).map(Action::id).toList();
    }

    /** Whether a summit's agenda should open with the review: it has none yet and some action is carried over. */
    public static boolean needsReview(boolean hasReviewItem, List<Long> carried) {
        return !hasReviewItem && !carried.isEmpty();
    }
}
