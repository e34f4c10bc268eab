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
    SEAT_HOLDER_INELIGIBLE,
    /** A member named an assistant: their set-password link (never a password), or whom they now assist. */
    ASSISTANT_WELCOME,
    /** An urgent alert (or a drill) and its second mail: the one kind that goes ahead of the queue. */
    URGENT_ALERT(false, true);

    /** The outbox priority of an urgent notice: claimed by the relay before everything else queued. */
    public static final int URGENT_PRIORITY = 1;
    /** The outbox priority of every other notice (X-Priority's "normal"). */
    public static final int NORMAL_PRIORITY = 3;

    private final boolean optional;
    private final boolean urgent;

    NoticeKind() {
        this(false);
    }

    NoticeKind(boolean optional) {
        this(optional, false);
    }

    NoticeKind(boolean optional, boolean urgent) {
        this.optional = optional;
        this.urgent = urgent;
    }

    /**
     * Whether the notice goes ahead of everything queued in the outbox. Only urgent alerts are: an
     * urgent kind is never optional, so no opt-out holds it back either.
     */
    public boolean urgent() {
        return urgent;
    }

    /** The outbox priority the relay claims by (lower first): {@link #URGENT_PRIORITY} or {@link #NORMAL_PRIORITY}. */
    public int priority() {
        return urgent ? URGENT_PRIORITY : NORMAL_PRIORITY;
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
