package org.partnershipsteward.summit.control;

import java.util.List;
import java.util.Objects;
import org.partnershipsteward.summit.entity.Sharing;

/**
 * What of an agenda item each audience may be given, by the item's sharing label (TLP 2.0 as FIRST defines
 * it, or the Chatham House Rule). A pure function: every path out of the portal (each summit mail, the
 * assistant's copy, the calendar entry, exports, the audit trail and logs) asks it before it writes an item.
 * <ul>
 * <li>TLP:RED stays in the portal: outside it an item is only "a restricted item" with its label and length,
 * never its title or presenter.</li>
 * <li>TLP:AMBER+STRICT stays in the member's own organisation: never to an assistant, nor in a calendar
 * entry (calendars are shared with delegates).</li>
 * <li>Chatham House items carry the rule ("use the information, do not attribute it") wherever they go.</li>
 * </ul>
 */
public final class SharingPolicy {

    /** Where an item is shown or sent. */
    public enum Audience {
        /**
         * The summit's page (and the API) in the portal, for a signed-in member, board member or the secretariat (not
         * an assistant: they are {@link #ASSISTANT_COPY} in the portal too).
         */
        PORTAL,
        /** A mail to the member themself. */
        MEMBER_MAIL,
        /**
         * A member's assistant, wherever they read: the copy of a mail, and the assistant's own pages and API in the
         * portal (issue 17: an assistant signs in, yet never reads a TLP:RED or TLP:AMBER+STRICT item's title).
         */
        ASSISTANT_COPY,
        /** A calendar entry (.ics), attached to a mail or downloaded. */
        CALENDAR,
        /** A file taken out of the portal: CSV export, PDF. */
        EXPORT,
        /** The audit trail's detail and the server log. */
        LOG
    }

    /** How much of an item an audience is given. */
    public enum Disclosure {
        /** Title, presenter, length and label. */
        FULL,
        /** Only that a restricted item exists: its label and length, with the way to the portal. */
        RESTRICTED
    }

    /** An agenda item as the policy sees it. */
    public record Entry(String title, String presenter, int minutes, Sharing sharing) {
        public Entry {
            Objects.requireNonNull(title, "title");
        }
    }

    /** An agenda written for one audience; {@code restricted} when some item was left as "a restricted item". */
    public record Text(String lines, boolean restricted) {
    }

    private SharingPolicy() {
    }

    /** How much of an item with this label the audience is given (an item without a label is not restricted). */
    public static Disclosure disclosure(Sharing sharing, Audience audience) {
        Objects.requireNonNull(audience, "audience");
        if (sharing == null || audience == Audience.PORTAL) {
            return Disclosure.FULL;
        }
        return switch (sharing) {
            case TLP_RED -> Disclosure.RESTRICTED;
            case TLP_AMBER_STRICT -> audience == Audience.ASSISTANT_COPY || audience == Audience.CALENDAR
                    ? Disclosure.RESTRICTED : Disclosure.FULL;
            case TLP_CLEAR, TLP_GREEN, TLP_AMBER, CHATHAM_HOUSE -> Disclosure.FULL;
        };
    }

    /** One line of the agenda for the audience, numbered: {@code 1. Title (40 min) [TLP:AMBER], Presenter}. */
    public static String line(int number, Entry item, Audience audience) {
        StringBuilder line = new StringBuilder().append(number).append(". ");
        if (disclosure(item.sharing(), audience) == Disclosure.RESTRICTED) {
            return line.append("Restricted item (").append(item.minutes()).append(" min) [").append(item.sharing().label())
                    .append("]: its title, presenter and details are only in the portal").toString();
        }
        line.append(item.title()).append(" (").append(item.minutes()).append(" min)");
        if (item.sharing() != null) {
            line.append(" [").append(item.sharing().notice()).append("]");
        }
        if (item.presenter() != null && !item.presenter().isBlank()) {
            line.append(", ").append(item.presenter());
        }
        return line.toString();
    }

    /** The agenda for the audience, one line per item in order. */
    public static Text agenda(List<Entry> items, Audience audience) {
        StringBuilder lines = new StringBuilder();
        boolean restricted = false;
        int n = 1;
        for (Entry item : items) {
            restricted |= disclosure(item.sharing(), audience) == Disclosure.RESTRICTED;
            lines.append(line(n++, item, audience)).append('\n');
        }
        return new Text(lines.toString().stripTrailing(), restricted);
    }

    /** What the audit trail and the log may say of an item: its title, or only its label when that is restricted. */
    public static String logged(String title, Sharing sharing) {
        return disclosure(sharing, Audience.LOG) == Disclosure.RESTRICTED
                ? "a " + sharing.label() + " item (title kept in the portal)" : title;
    }
}
