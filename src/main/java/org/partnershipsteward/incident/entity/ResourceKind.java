package org.partnershipsteward.incident.entity;

/** What an organisation can offer on the day of an incident. */
public enum ResourceKind {
    COMMAND_POST_SITE("Site for a command post"),
    STAGING_AREA("Staging area"),
    PARKING("Parking"),
    CAMERAS("Cameras"),
    GENERATOR("Generator"),
    VEHICLES("Vehicles"),
    STAFF("Staff with skills"),
    OTHER("Other");

    private final String label;

    ResourceKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
