package org.partnershipsteward.membership.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.partnershipsteward.platform.security.Roles;

/** {@code /api/roster.pdf}: the printable emergency roster, marked TLP:AMBER with its date. */
@ApplicationScoped
@Path("roster.pdf")
public class RosterPdfResource {

    static final String PDF = "application/pdf";

    @Inject
    Roster roster;

    @GET
    @Produces(PDF)
    @RolesAllowed({Roles.SECRETARIAT, Roles.BOARD, Roles.MEMBER})
    public Response pdf() {
        return Response.ok(roster.pdf(), PDF)
                .header("Content-Disposition", "attachment; filename=\"emergency-roster-TLP-AMBER.pdf\"")
                .header("Cache-Control", "no-store").build();
    }
}
