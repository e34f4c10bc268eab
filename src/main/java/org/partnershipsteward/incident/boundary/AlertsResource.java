package org.partnershipsteward.incident.boundary;

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

/** {@code /api/alerts}: urgent alerts and drills, for the secretariat and the board. */
@ApplicationScoped
@Path("alerts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SECRETARIAT, Roles.BOARD})
public class AlertsResource {

    @Inject
    Alerts alerts;

    @POST
    public Response send(AlertRequest request, @Context UriInfo uri) {
        AlertViews.Created created = alerts.send(request);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build()).entity(created)
                .build();
    }

    @GET
    public List<AlertViews.Summary> all() {
        return alerts.all();
    }

    @GET
    @Path("{id}")
    public AlertViews.Status status(@PathParam("id") long id) {
        return alerts.status(id);
    }
}
