package org.partnershipsteward.eligibility.control;

import java.util.Objects;

import org.partnershipsteward.eligibility.entity.FindingOutcome;

/**
 * The result of one eligibility rule, with a reason a person can read.
 *
 * @param rule    rule code in UPPER_SNAKE_CASE, one of {@link EligibilityPolicy#RULES}
 * @param outcome met, not met or needs review
 * @param reason  why, in plain words
 */
public record Finding(String rule, FindingOutcome outcome, String reason) {

    public Finding {
        if (rule == null || rule.isBlank()) {
            throw new IllegalArgumentException("rule must not be blank");
        }
        Objects.requireNonNull(outcome, "outcome");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("reason must not be blank");
        }
    }

    public static Finding met(String rule, String reason) {
        return new Finding(rule, FindingOutcome.MET, reason);
    }

    public static Finding notMet(String rule, String reason) {
        return new Finding(rule, FindingOutcome.NOT_MET, reason);
    }

    public static Finding needsReview(String rule, String reason) {
        return new Finding(rule, FindingOutcome.NEEDS_REVIEW, reason);
    }
}
