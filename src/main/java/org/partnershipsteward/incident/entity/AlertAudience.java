package org.partnershipsteward.incident.entity;

/** Who an urgent alert goes to: every current member, those of public agencies or of private companies, or the board. */
public enum AlertAudience {
    ALL("Every member"),
    PUBLIC("Members from public agencies"),
    PRIVATE("Members from private companies"),
    BOARD("The Executive Board");

    private final String label;

    AlertAudience(String label) {
        this.label = label;
    }

    /** The audience in words, for pages and mails. */
    public String label() {
        return label;
    }
}
