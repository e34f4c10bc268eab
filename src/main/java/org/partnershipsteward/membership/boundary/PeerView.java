package org.partnershipsteward.membership.boundary;

import java.util.List;
import org.partnershipsteward.membership.control.PeerCard;

/** A member in the directory of peers as the API shows them: what they do not share is absent. */
public record PeerView(long memberId, String name, String title, String organization, String sector, String criterion,
        String email, String phone, List<String> follows, List<String> speaksTo) {

    public static PeerView of(PeerCard c) {
        return new PeerView(c.memberId(), c.name(), c.title(), c.organization(), c.sector(), c.criterion(), c.email(),
                c.phone(), c.follows().isEmpty() ? null : c.follows(), c.speaksTo().isEmpty() ? null : c.speaksTo());
    }
}
