package org.partnershipsteward.minutes.control;

import org.partnershipsteward.bylaws.entity.VoteOutcome;
import org.partnershipsteward.minutes.entity.MinutesStatus;

/**
 * The minutes' approval rule: DRAFT → SUBMITTED → (the bylaws' majority of the seated board, through the ballot)
 * APPROVED → PUBLISHED. A rejection the majority can no longer overturn returns them to DRAFT; a save that changes
 * the text returns SUBMITTED, APPROVED or PUBLISHED minutes to DRAFT, to be approved again. Each method returns the
 * next status or throws {@link IllegalStateException} with the reason.
 */
public final class MinutesWorkflow {

    private MinutesWorkflow() {
    }

    /** Only a draft with at least one saved revision goes to the board. */
    public static MinutesStatus submit(MinutesStatus current, int revision) {
        if (current != MinutesStatus.DRAFT) {
            throw new IllegalStateException("Only draft minutes can be submitted; these are " + current);
        }
        if (revision == 0) {
            throw new IllegalStateException("Save the minutes at least once before submitting them to the board");
        }
        return MinutesStatus.SUBMITTED;
    }

    public static MinutesStatus afterVote(MinutesStatus current, VoteOutcome outcome) {
        if (current != MinutesStatus.SUBMITTED) {
            throw new IllegalStateException("The board votes on submitted minutes; these are " + current);
        }
        return switch (outcome) {
            case APPROVED -> MinutesStatus.APPROVED;
            case REJECTED -> MinutesStatus.DRAFT;
            case PENDING -> MinutesStatus.SUBMITTED;
        };
    }

    public static MinutesStatus publish(MinutesStatus current) {
        if (current != MinutesStatus.APPROVED) {
            throw new IllegalStateException("Only approved minutes can be published; these are " + current);
        }
        return MinutesStatus.PUBLISHED;
    }

    /** A save: a change of the text makes any minutes a DRAFT again; a save that changes nothing keeps the status. */
    public static MinutesStatus save(MinutesStatus current, boolean changed) {
        return changed ? MinutesStatus.DRAFT : current;
    }

    /** Whether members (not only the secretariat and the board) may read them. */
    public static boolean readableByMembers(MinutesStatus current) {
        return current == MinutesStatus.PUBLISHED;
    }
}
