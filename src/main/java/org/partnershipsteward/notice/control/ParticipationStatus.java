package org.partnershipsteward.notice.control;

/** An attendee's participation status (RFC 5545 PARTSTAT) as shown in the invite. */
public enum ParticipationStatus {
    NEEDS_ACTION("NEEDS-ACTION"),
    ACCEPTED("ACCEPTED"),
    DECLINED("DECLINED"),
    TENTATIVE("TENTATIVE");

    private final String icalValue;

    ParticipationStatus(String icalValue) {
        this.icalValue = icalValue;
    }

    /** The PARTSTAT parameter value, e.g. {@code NEEDS-ACTION}. */
    public String icalValue() {
        return icalValue;
    }
}
