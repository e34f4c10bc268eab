package org.partnershipsteward.ballot.entity;

/** What the board decides on by a vote; with the subject's id it names one question of the ballot. */
public enum SubjectKind {
    /** A membership application (subject id: the application). */
    APPLICATION,
    /** A summit's submitted agenda (subject id: the summit; one round per submission). */
    AGENDA,
    /** A proposed change of a member's status after missed obligations (subject id: the proposal). */
    STATUS_PROPOSAL,
    /** A summit's submitted minutes (subject id: the summit; one round per submission). */
    MINUTES;

    /** The audit trail's action for a vote on this kind, e.g. {@code APPLICATION_VOTE}. */
    public String auditAction() {
        return name() + "_VOTE";
    }
}
