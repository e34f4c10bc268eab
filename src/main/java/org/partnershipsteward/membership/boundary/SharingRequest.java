package org.partnershipsteward.membership.boundary;

import org.partnershipsteward.membership.entity.Sharing;

/**
 * What a member shares with the other members: {@code PUT /api/members/me/sharing}. A field left out keeps
 * the member's current choice.
 */
public record SharingRequest(Boolean title, Boolean organization, Boolean email, Boolean phone, Boolean topics,
        Boolean emergency) {

    /** The choices after this request, starting from the current ones. */
    public Sharing over(Sharing current) {
        return new Sharing(or(title, current.title()), or(organization, current.organization()), or(email, current.email()),
                or(phone, current.phone()), or(topics, current.topics()), or(emergency, current.emergency()));
    }

    public static SharingRequest of(Sharing s) {
        return new SharingRequest(s.title(), s.organization(), s.email(), s.phone(), s.topics(), s.emergency());
    }

    private static boolean or(Boolean value, boolean current) {
        return value == null ? current : value;
    }
}
