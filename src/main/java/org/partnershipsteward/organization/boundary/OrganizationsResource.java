package org.partnershipsteward.organization.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.partnershipsteward.platform.security.Roles;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.util.List;

/** {@code /api/organizations}: roles are enforced by {@link Organizations}. */
@ApplicationScoped
@Path("organizations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrganizationsResource {

    @Inject
    Organizations organizations;

    @GET
    @RolesAllowed({Roles.SECRETARIAT, Roles.BOARD, Roles.MEMBER})
    public List<OrganizationView> all() {
        return organizations.all().stream().map(OrganizationView::of).toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.SECRETARIAT, Roles.BOARD, Roles.MEMBER})
    public OrganizationView one(@PathParam("id") long id) {
        return OrganizationView.of(organizations.byId(id));
    }

    @POST
    @RolesAllowed(Roles.SECRETARIAT)
    public Response create(OrganizationRequest request,
            @Context UriInfo uri) {
        var created = organizations.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.getId())).build())
                .entity(OrganizationView.of(created)).build();
    }

    @PUT
    @RolesAllowed(Roles.SECRETARIAT)
    @Path("{id}")
    public OrganizationView update(@PathParam("id") long id,
            OrganizationRequest request) {
        return OrganizationView.of(organizations.update(id, request));
    }
}
