package org.partnershipsteward.eligibility.entity;

/** The pre-screen's overall result, derived from all findings. The board still decides. */
public enum EligibilityVerdict {
    /** Every rule is met. */
    ELIGIBLE,
    /** At least one rule is not met; the application cannot be approved. */
    INELIGIBLE,
    /** No rule failed, but at least one needs a person to confirm it. */
    NEEDS_REVIEW
}
