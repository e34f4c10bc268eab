package org.partnershipsteward.incident.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.partnershipsteward.platform.security.Roles;

/** {@code /api/resources?kind=&q=}: every organisation's resources for the day, searched by the secretariat and the board. */
@ApplicationScoped
@Path("resources")
@Produces(MediaType.APPLICATION_JSON)
public class ResourcesResource {

    @Inject
    Resources resources;

    @GET
    @RolesAllowed({Roles.SECRETARIAT, Roles.BOARD})
    public List<ResourceView> search(@QueryParam("kind") String kind, @QueryParam("q") String q) {
        return resources.search(kind, q);
    }
}
