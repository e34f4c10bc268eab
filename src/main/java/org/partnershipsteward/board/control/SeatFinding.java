package org.partnershipsteward.board.control;

import java.util.Objects;

/** The outcome of one seat rule for one candidate: the rule code, whether it is met, and why. */
public record SeatFinding(String rule, boolean met, String reason) {

    public static final String ACTIVE_MEMBER = "SEAT_ACTIVE_MEMBER";
    public static final String CRITERION = "SEAT_CRITERION";
    public static final String ORGANIZATION_KIND = "SEAT_ORGANIZATION_KIND";
    public static final String REGION = "SEAT_REGION";
    public static final String FORTUNE_500 = "SEAT_FORTUNE_500";
    public static final String FOUNDING_SPONSOR = "SEAT_FOUNDING_SPONSOR";
    public static final String TITLE = "SEAT_TITLE";

    public SeatFinding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(reason, "reason");
    }
}
