package org.partnershipsteward.summit.control;

import org.partnershipsteward.bylaws.entity.VoteOutcome;
import org.partnershipsteward.summit.entity.AgendaStatus;

/**
 * The agenda's state machine: DRAFT → SUBMITTED → (board majority) APPROVED → PUBLISHED. A rejection the
 * majority can no longer overturn returns it to DRAFT; any edit returns it to DRAFT for re-approval.
 * Each method returns the next state or throws {@link IllegalStateException} with the reason.
 */
public final class AgendaWorkflow {

    private AgendaWorkflow() {
    }

    public static AgendaStatus submit(AgendaStatus current, int items) {
        if (current != AgendaStatus.DRAFT) {
            throw new IllegalStateException("Only a draft agenda can be submitted; this one is " + current);
        }
        if (items == 0) {
            throw new IllegalStateException("An agenda needs at least one accepted item before it goes to the board");
        }
        return AgendaStatus.SUBMITTED;
    }

    public static AgendaStatus afterVote(AgendaStatus current, VoteOutcome outcome) {
        if (current != AgendaStatus.SUBMITTED) {
            throw new IllegalStateException("The board votes on a submitted agenda; this one is " + current);
        }
        return switch (outcome) {
            case APPROVED -> AgendaStatus.APPROVED;
            case REJECTED -> AgendaStatus.DRAFT;
            case PENDING -> AgendaStatus.SUBMITTED;
        };
    }

    public static AgendaStatus publish(AgendaStatus current) {
        if (current != AgendaStatus.APPROVED) {
            throw new IllegalStateException("Only an approved agenda can be published; this one is " + current);
        }
        return AgendaStatus.PUBLISHED;
    }

    /** Any change to the items: back to DRAFT (a submitted, approved or published agenda needs approval again). */
    public static AgendaStatus edit(AgendaStatus current) {
        return AgendaStatus.DRAFT;
    }
}
