package org.partnershipsteward.minutes.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.partnershipsteward.platform.security.Roles;

/** {@code /api/summits/{id}/actions}: the actions a summit agreed. */
@ApplicationScoped
@Path("summits/{id}/actions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SummitActionsResource {

    @Inject
    Actions actions;

    @POST
    @RolesAllowed(Roles.SECRETARIAT)
    public Response assign(@PathParam("id") long id, ActionRequest request, @Context UriInfo uri) {
        ActionView action = actions.assign(id, request);
        return Response.created(uri.getBaseUriBuilder().path("actions").path(String.valueOf(action.id())).build())
                .entity(action).build();
    }

    @GET
    @RolesAllowed({Roles.SECRETARIAT, Roles.BOARD, Roles.MEMBER})
    public List<ActionView> ofSummit(@PathParam("id") long id) {
        return actions.find(null, null, id);
    }
}
