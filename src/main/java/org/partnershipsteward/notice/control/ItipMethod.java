package org.partnershipsteward.notice.control;

/** The iTIP (RFC 5546) method of a calendar invite the partnership sends. */
public enum ItipMethod {
    /** A new or updated summit; a higher SEQUENCE supersedes what the attendee's calendar holds. */
    REQUEST,
    /** The summit is cancelled; calendars remove the event with the same UID. */
    CANCEL;

    /** The MIME type of an iMIP (RFC 6047) part carrying this method. */
    public String contentType() {
        return "text/calendar; method=" + name() + "; charset=UTF-8";
    }
}
