package org.partnershipsteward.summit.entity;

/** How what is said in an agenda item may be shared (Traffic Light Protocol, or the Chatham House Rule). */
public enum Sharing {
    TLP_CLEAR("TLP:CLEAR"), TLP_GREEN("TLP:GREEN"), TLP_AMBER("TLP:AMBER"), TLP_RED("TLP:RED"),
    CHATHAM_HOUSE("Chatham House Rule");

    private final String label;

    Sharing(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
