package org.partnershipsteward.membership.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.partnershipsteward.platform.web.Messages;

/** The member's emergency roster entry on the dashboard: its state and the one-click confirmation. */
@Named("myRoster")
@RequestScoped
public class MyRosterPage {

    @Inject
    Roster roster;

    private EmergencyView view;

    public EmergencyView getView() {
        if (view == null) {
            view = roster.mine();
        }
        return view;
    }

    /** Whether the entry exists (then one click confirms it). */
    public boolean isHasEntry() {
        return getView().confirmedOn() != null;
    }

    /** Whether the dashboard asks the member to look at it: no entry, or not confirmed within the period. */
    public boolean isDue() {
        return !getView().current();
    }

    public void confirm() {
        EmergencyView confirmed = Messages.attempt(roster::confirm);
        if (confirmed != null) {
            view = confirmed;
            Messages.info("Thank you: your emergency contacts are confirmed for another year.");
        }
    }
}
