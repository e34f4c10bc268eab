package org.partnershipsteward.minutes.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.partnershipsteward.health.boundary.HandoverItem;
import org.partnershipsteward.health.boundary.HandoverSection;
import org.partnershipsteward.platform.security.Roles;

/** "Overdue actions" on the secretariat's hand-over view: every open action past its due day, with its owner. */
@Stateless
@RolesAllowed(Roles.SECRETARIAT)
public class ActionsHandover implements HandoverSection {

    static final String PAGE = "/secretariat/actions.xhtml";

    @Inject
    Actions actions;

    @Override
    public String key() {
        return "actions";
    }

    @Override
    public String title() {
        return "Overdue actions";
    }

    @Override
    public String link() {
        return PAGE;
    }

    @Override
    public int order() {
        return 45;
    }

    @Override
    public List<HandoverItem> items() {
        return actions.overdue().stream().map(a -> new HandoverItem(a.title(), a.ownerName() + ", from " + a.summitTitle()
                + "; was due " + a.due(), PAGE, a.due().toString())).toList();
    }
}
