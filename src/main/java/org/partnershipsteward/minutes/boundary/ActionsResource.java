package org.partnershipsteward.minutes.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.partnershipsteward.platform.security.Roles;

/** {@code /api/actions}: action items across summits; the owner or the secretariat changes their status. */
@ApplicationScoped
@Path("actions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ActionsResource {

    /** A new status with its note. */
    public record Change(String status, String note) {
    }

    @Inject
    Actions actions;

    @GET
    @RolesAllowed({Roles.SECRETARIAT, Roles.BOARD, Roles.MEMBER})
    public List<ActionView> find(@QueryParam("status") String status, @QueryParam("ownerMemberId") Long ownerMemberId,
            @QueryParam("summitId") Long summitId) {
        return actions.find(status, ownerMemberId, summitId);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.SECRETARIAT, Roles.BOARD, Roles.MEMBER})
    public ActionView change(@PathParam("id") long id, Change change) {
        return actions.change(id, change == null ? null : change.status(), change == null ? null : change.note());
    }
}
