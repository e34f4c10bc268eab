package org.partnershipsteward.summit.boundary;

/**
 * Something about a summit that people must hear of; raised in the deciding transaction, mailed from there.
 * A member is named by id; a board member asked to approve the agenda by email and name.
 */
public record SummitChanged(Type type, long summitId, Long memberId, String rsvpLink, String detail, String email,
        String name) {

    /** What happened. */
    public enum Type {
        INVITED, AGENDA_CHANGED, MOVED, CANCELLED, RSVP_RECORDED, PROMOTED, REMINDER, APPROVAL_REQUESTED
    }

    static SummitChanged of(Type type, long summitId, Long memberId, String rsvpLink, String detail) {
        return new SummitChanged(type, summitId, memberId, rsvpLink, detail, null, null);
    }

    static SummitChanged approvalRequested(long summitId, String email, String name) {
        return new SummitChanged(Type.APPROVAL_REQUESTED, summitId, null, null, null, email, name);
    }
}
