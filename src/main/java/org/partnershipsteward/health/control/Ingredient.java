package org.partnershipsteward.health.control;

/** The six key ingredients of a lasting executive partnership; the scorecard measures each. */
public enum Ingredient {
    EXECUTIVE_PARTICIPATION("Executive buy-in and participation"),
    MEMBERSHIP_COMPOSITION("Membership composition"),
    SHARED_GOALS("Shared goals"),
    CADENCE("Cadence"),
    RESILIENCY("Resiliency"),
    LONGEVITY("Longevity");

    private final String label;

    Ingredient(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
