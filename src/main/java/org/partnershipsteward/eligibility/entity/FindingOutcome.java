package org.partnershipsteward.eligibility.entity;

/** The outcome of one eligibility rule for one application. */
public enum FindingOutcome {
    MET,
    NOT_MET,
    NEEDS_REVIEW
}
