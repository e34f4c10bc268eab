package org.partnershipsteward.incident.control;

import java.util.Objects;
import org.partnershipsteward.summit.control.SharingPolicy;
import org.partnershipsteward.summit.control.SharingPolicy.Audience;
import org.partnershipsteward.summit.control.SharingPolicy.Disclosure;
import org.partnershipsteward.summit.entity.Sharing;

/**
 * What of an alert each path out of the portal carries, by its sharing label, decided by the platform's
 * {@link SharingPolicy}:
 * <ul>
 * <li>TLP:RED never leaves the portal: the member's mail and the acknowledgement page (which needs no login)
 * say only that an alert with that label exists and link to the portal, where the member reads it signed in.</li>
 * <li>TLP:AMBER+STRICT never reaches an assistant or a backup contact: their copy of the second mail says only
 * that the member has an unacknowledged alert.</li>
 * <li>Every other label (and Chatham House) goes in full, with the label and its meaning.</li>
 * <li>The audit trail and the log name an alert by its title only when its label allows it.</li>
 * </ul>
 */
public final class AlertDisclosure {

    /** What a path is given: the title and body, or nothing but the label ({@code restricted}). */
    public record Text(String title, String body, String label, String labelMeaning, boolean restricted) {
    }

    private AlertDisclosure() {
    }

    /** The alert as {@code audience} may be given it. */
    public static Text forAudience(String title, String body, Sharing sharing, Audience audience) {
        Objects.requireNonNull(sharing, "sharing");
        if (SharingPolicy.disclosure(sharing, audience) == Disclosure.RESTRICTED) {
            return new Text(null, null, sharing.label(), sharing.meaning(), true);
        }
        return new Text(title, body, sharing.notice(), sharing.meaning(), false);
    }

    /** The member's own mail (and the acknowledgement page behind its link, which needs no login). */
    public static Text memberMail(String title, String body, Sharing sharing) {
        return forAudience(title, body, sharing, Audience.MEMBER_MAIL);
    }

    /** The copy of the second mail to an assistant or a backup contact. */
    public static Text backupCopy(String title, String body, Sharing sharing) {
        return forAudience(title, body, sharing, Audience.ASSISTANT_COPY);
    }

    /** How the audit trail and the log name the alert. */
    public static String logged(String title, Sharing sharing) {
        return SharingPolicy.logged(title, sharing).replace(" item (title kept", " alert (title kept");
    }
}
