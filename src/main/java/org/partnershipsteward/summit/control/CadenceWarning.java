package org.partnershipsteward.summit.control;

import java.util.Objects;

/** A cadence rule the summit plan breaks: the rule code and a sentence for the secretariat. */
public record CadenceWarning(String rule, String message) {

    public static final String TOO_FEW_PER_YEAR = "TOO_FEW_PER_YEAR";
    public static final String TOO_MANY_PER_YEAR = "TOO_MANY_PER_YEAR";
    public static final String PERIOD_WITHOUT_SUMMIT = "PERIOD_WITHOUT_SUMMIT";
    public static final String TOO_CLOSE = "TOO_CLOSE";
    public static final String NEXT_NOT_SCHEDULED = "NEXT_NOT_SCHEDULED";

    public CadenceWarning {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
    }
}
