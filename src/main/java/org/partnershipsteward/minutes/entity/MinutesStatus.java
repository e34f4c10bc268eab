package org.partnershipsteward.minutes.entity;

/** Where a summit's minutes stand: DRAFT → SUBMITTED → (board majority) APPROVED → PUBLISHED. */
public enum MinutesStatus {
    DRAFT, SUBMITTED, APPROVED, PUBLISHED
}
