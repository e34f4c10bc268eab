package org.partnershipsteward.platform.domain;

import jakarta.ejb.ApplicationException;

/** A bylaws rule refuses the request (HTTP 422); names the rule and says why. */
@ApplicationException(rollback = true)
public class RuleViolationException extends RuntimeException {

    private final String rule;

    public RuleViolationException(String rule, String reason) {
        super(reason);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
