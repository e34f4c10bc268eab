package org.partnershipsteward.membership.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.partnershipsteward.membership.control.RosterLine;
import org.partnershipsteward.platform.security.Roles;

/** {@code /api/roster}: the emergency roster (TLP:AMBER), members who share their 24/7 contacts. */
@ApplicationScoped
@Path("roster")
@Produces(MediaType.APPLICATION_JSON)
public class RosterResource {

    @Inject
    Roster roster;

    @GET
    @RolesAllowed({Roles.SECRETARIAT, Roles.BOARD, Roles.MEMBER})
    public List<RosterLine> lines() {
        return roster.lines();
    }
}
