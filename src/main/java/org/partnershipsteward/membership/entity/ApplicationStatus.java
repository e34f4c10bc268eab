package org.partnershipsteward.membership.entity;

/** The way of an application: pre-screened, voted on by the board, decided. */
public enum ApplicationStatus {
    SUBMITTED, UNDER_REVIEW, INELIGIBLE, APPROVED, REJECTED;

    public boolean open() {
        return this == SUBMITTED || this == UNDER_REVIEW;
    }
}
