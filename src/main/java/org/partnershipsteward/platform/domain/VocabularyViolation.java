package org.partnershipsteward.platform.domain;

import java.util.List;

/**
 * A value that a bylaws rule compares is not one of the bylaws' own words (HTTP 422): the field, the
 * value refused and every value allowed, so that a client can offer them as choices.
 */
public class VocabularyViolation extends RuleViolationException {

    private final String field;
    private final List<String> allowed;

    public VocabularyViolation(String field, String value, List<String> allowed) {
        super("vocabulary", field + " \"" + value + "\" is not in the bylaws; it must be one of: "
                + String.join(", ", allowed));
        this.field = field;
        this.allowed = List.copyOf(allowed);
    }

    public String field() {
        return field;
    }

    public List<String> allowed() {
        return allowed;
    }
}
