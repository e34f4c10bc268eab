package org.partnershipsteward.minutes.control;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.partnershipsteward.summit.control.SharingPolicy;
import org.partnershipsteward.summit.control.SharingPolicy.Audience;
import org.partnershipsteward.summit.control.SharingPolicy.Disclosure;
import org.partnershipsteward.summit.entity.Sharing;

/**
 * What of a minutes section each reader and each path out is given, by the section's sharing label (its agenda
 * item's). A pure function, like {@link SharingPolicy} for agendas, which it follows for every label but one:
 * <ul>
 * <li>TLP:RED notes stay in the portal, and there only for those who attended the summit (and the secretariat who
 * writes them); everyone else, every mail and every mailed PDF gets only that a restricted section exists.</li>
 * <li>Chatham House notes are recorded without attribution: {@link #attributions} finds the attendees a section
 * names, so the editing page can warn before they are saved.</li>
 * </ul>
 */
public final class MinutesSharing {

    private MinutesSharing() {
    }

    /**
     * Whether a section's notes are shown.
     *
     * @param sharing  the section's label (null: none)
     * @param audience where the notes go
     * @param entitled the reader attended the summit or is the secretariat (only read for TLP:RED in the portal)
     */
    public static boolean shown(Sharing sharing, Audience audience, boolean entitled) {
        if (sharing == Sharing.TLP_RED) {
            return audience == Audience.PORTAL && entitled;
        }
        return SharingPolicy.disclosure(sharing, audience) == Disclosure.FULL;
    }

    /** What stands in place of notes that are not shown. */
    public static String withheld(Sharing sharing) {
        return sharing == Sharing.TLP_RED
                ? "Restricted section [TLP:RED]: its notes are only in the portal, for those who attended."
                : "Restricted section [" + sharing.label() + "]: its notes are only in the portal.";
    }

    /**
     * The attendees a Chatham House section names: a full name, or a last name of three letters or more as a
     * whole word, in any case. Empty for any other label (attribution is allowed there).
     */
    public static List<String> attributions(Sharing sharing, String notes, List<Name> attendees) {
        List<String> named = new ArrayList<>();
        if (sharing != Sharing.CHATHAM_HOUSE || notes == null || notes.isBlank()) {
            return named;
        }
        for (Name attendee : attendees) {
            if (mentions(notes, attendee.first() + " " + attendee.last())
                    || attendee.last().strip().length() >= 3 && mentions(notes, attendee.last())) {
                named.add(attendee.first() + " " + attendee.last());
            }
        }
        return named;
    }

    /** An attendee's name as the warning looks for it. */
    public record Name(String first, String last) {
    }

    private static boolean mentions(String notes, String name) {
        String words = name.strip();
        if (words.isEmpty()) {
            return false;
        }
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(words).replace(" ", "\\E\\s+\\Q")
                + "(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(notes).find();
    }

    /** The warning the editing page shows for a section that names attendees. */
    public static String warning(String sectionTitle, List<String> named) {
        return "\"" + sectionTitle + "\" is under the Chatham House Rule but names " + String.join(", ", named)
                + ": record what was said, not who said it.";
    }

}
