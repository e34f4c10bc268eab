package org.partnershipsteward.membership.control;

import java.util.List;
import org.partnershipsteward.membership.entity.SharingChoices;

/**
 * A member as the directory of peers shows them. Built from everything held and then passed through the
 * member's {@link org.partnershipsteward.membership.entity.SharingChoices}: a field that is not shared is null (topics: empty). The criterion (the member's
 * category under the bylaws) is always shown, like the name.
 */
public record PeerCard(long memberId, String givenName, String familyName, String title, String organization, String sector,
        String criterion, String email, String phone, List<String> follows, List<String> speaksTo) {

    /** The name as shown: given name, then family name. */
    public String name() {
        return givenName + " " + familyName;
    }

    /** The card as others see it under the member's choices: what is not shared is left out (null or empty). */
    public PeerCard shownAs(SharingChoices sharing) {
        return new PeerCard(memberId, givenName, familyName, sharing.title() ? title : null,
                sharing.organization() ? organization : null, sharing.organization() ? sector : null, criterion,
                sharing.email() ? email : null, sharing.phone() ? phone : null,
                sharing.topics() ? follows : List.of(), sharing.topics() ? speaksTo : List.of());
    }

    /** The topics followed, as one line for pages ("" when none or not shared). */
    public String followsText() {
        return String.join(", ", follows);
    }

    /** The topics the member can speak to, as one line for pages. */
    public String speaksToText() {
        return String.join(", ", speaksTo);
    }

    public PeerCard {
        follows = follows == null ? List.of() : List.copyOf(follows);
        speaksTo = speaksTo == null ? List.of() : List.copyOf(speaksTo);
    }
}
