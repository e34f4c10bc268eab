package org.partnershipsteward.membership.boundary;

import org.partnershipsteward.membership.entity.SharingChoices;

/**
 * What a member shares with the other members: {@code PUT /api/members/me/sharing}. A field left out keeps
 * the member's current choice.
 */
public record SharingRequest(Boolean title, Boolean organization, Boolean email, Boolean phone, Boolean topics,
        Boolean emergency) {

    /** The choices after this request, starting from the current ones. */
    public SharingChoices over(SharingChoices current) {
        return new SharingChoices(or(title, current.title()), or(organization, current.organization()), or(email, current.email()),
                or(phone, current.phone()), or(topics, current.topics()), or(emergency, current.emergency()));
    }

    public static SharingRequest of(SharingChoices s) {
        return new SharingRequest(s.title(), s.organization(), s.email(), s.phone(), s.topics(), s.emergency());
    }

    private static boolean or(Boolean value, boolean current) {
        return value == null ? current : value;
    }
}
