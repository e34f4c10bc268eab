package org.partnershipsteward.minutes.boundary;

/**
 * Something about minutes or actions that people must hear of; raised in the deciding transaction, composed into
 * the outbox there ({@link MinutesNotices}).
 */
public record MinutesEvent(Type type, long subjectId, Long memberId, String email, String name, MinutesView minutes,
        String link) {

    /** What happened. */
    public enum Type {
        APPROVAL_REQUESTED, PUBLISHED, ACTION_ASSIGNED, ACTION_REMINDER
    }

    static MinutesEvent approvalRequested(long summitId, String email, String name) {
        return new MinutesEvent(Type.APPROVAL_REQUESTED, summitId, null, email, name, null, null);
    }

    static MinutesEvent published(long summitId, long memberId, MinutesView mailed) {
        return new MinutesEvent(Type.PUBLISHED, summitId, memberId, null, null, mailed, null);
    }

    static MinutesEvent action(Type type, long actionId, long ownerId, String closeLink) {
        return new MinutesEvent(type, actionId, ownerId, null, null, null, closeLink);
    }
}
