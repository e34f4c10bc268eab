package org.partnershipsteward.summit.entity;

/** An agenda's way to the members: drafted, submitted to the board, approved, published. */
public enum AgendaStatus {
    DRAFT, SUBMITTED, APPROVED, PUBLISHED
}
