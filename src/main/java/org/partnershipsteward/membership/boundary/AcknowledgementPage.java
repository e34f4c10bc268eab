package org.partnershipsteward.membership.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.partnershipsteward.bylaws.boundary.Bylaws;
import org.partnershipsteward.platform.domain.UnknownEntityException;

/** The dashboard's reminder to acknowledge the bylaws in force. */
@Named
@RequestScoped
public class AcknowledgementPage {

    @Inject
    Members members;

    @Inject
    Bylaws bylaws;

    /** Whether the signed-in member has acknowledged the bylaws in force (true for accounts without a member record). */
    public boolean isBylawsAcknowledged() {
        try {
            return members.acknowledged(members.me().getId(), bylaws.current().version());
        } catch (UnknownEntityException e) {
            return true;
        }
    }
}
