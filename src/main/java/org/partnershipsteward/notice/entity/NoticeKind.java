package org.partnershipsteward.notice.entity;

import java.util.Locale;

/**
 * What a notice is about. The kind selects the templates and decides whether the recipient
 * may switch the notice off: only convenience notices are optional; governance notices
 * (votes, decisions, compliance, bylaws, seats) always go out.
 */
public enum NoticeKind {
    INVITATION,
    RSVP_CONFIRMATION,
    REMINDER(true),
    AGENDA_PUBLISHED,
    AGENDA_CHANGED,
    SUMMIT_CANCELLED,
    SUMMIT_MOVED,
    APPLICATION_RECEIVED,
    APPLICATION_DECIDED,
    APPROVAL_REQUESTED,
    COMPLIANCE_WARNING,
    SEAT_VACANT,
    CHAIR_HANDOVER,
    SURVEY_INVITATION(true),
    WELCOME,
    PASSWORD_RESET,
    WAITLIST_PROMOTED,
    BYLAWS_AMENDED,
    TERM_ENDING,
    SUCCESSOR_INVITED,
    CONTACT_CONFIRMATION,
    MINUTES_PUBLISHED,
    ACTION_ASSIGNED,
    ACTION_REMINDER(true),
    SEAT_HOLDER_INELIGIBLE;

    private final boolean optional;

    NoticeKind() {
        this(false);
    }

    NoticeKind(boolean optional) {
        this.optional = optional;
    }

    /** Whether a recipient may unsubscribe from this kind (and its mail carries List-Unsubscribe). */
    public boolean optional() {
        return optional;
    }

    /** The template base name: the constant in lower case with dashes, e.g. {@code rsvp-confirmation}. */
    public String templateName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
