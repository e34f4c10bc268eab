package org.partnershipsteward.incident.entity;

/** A recipient's acknowledgement of an urgent alert. Any of them acknowledges it. */
public enum AlertResponse {
    RECEIVED("Received"),
    CAN_HELP("I can help"),
    NEED_HELP("I need help");

    private final String label;

    AlertResponse(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
