package org.partnershipsteward.membership.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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

/** {@code /api/members/{id}/assistants}: the secretariat, or the member for themself, names and removes assistants. */
@ApplicationScoped
@Path("members/{id}/assistants")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AssistantsResource {

    @Inject
    Assistants assistants;

    @POST
    @RolesAllowed({Roles.SECRETARIAT, Roles.BOARD, Roles.MEMBER})
    public Response name(@PathParam("id") long memberId, AssistantRequest request, @Context UriInfo uri) {
        var assistant = assistants.name(memberId, request);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(assistant.getId())).build())
                .entity(AssistantView.of(assistant)).build();
    }

    @GET
    @RolesAllowed({Roles.SECRETARIAT, Roles.BOARD, Roles.MEMBER})
    public List<AssistantView> list(@PathParam("id") long memberId) {
        return assistants.of(memberId).stream().map(AssistantView::of).toList();
    }

    @DELETE
    @Path("{assistantId}")
    @RolesAllowed({Roles.SECRETARIAT, Roles.BOARD, Roles.MEMBER})
    public Response remove(@PathParam("id") long memberId, @PathParam("assistantId") long assistantId) {
        assistants.remove(memberId, assistantId);
        return Response.noContent().build();
    }
}
