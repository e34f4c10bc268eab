package org.partnershipsteward.incident.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.partnershipsteward.platform.security.Roles;

/** {@code /api/organizations/{id}/resources}: the secretariat, or a member of that organisation ({@link Resources} checks which). */
@ApplicationScoped
@Path("organizations/{id}/resources")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrganizationResourcesResource {

    @Inject
    Resources resources;

    @GET
    @RolesAllowed({Roles.SECRETARIAT, Roles.BOARD, Roles.MEMBER})
    public List<ResourceView> of(@PathParam("id") long id) {
        return resources.of(id).resources();
    }

    @PUT
    @RolesAllowed({Roles.SECRETARIAT, Roles.BOARD, Roles.MEMBER})
    public List<ResourceView> replace(@PathParam("id") long id, List<ResourceRequest> lines) {
        return resources.replace(id, lines).resources();
    }
}
