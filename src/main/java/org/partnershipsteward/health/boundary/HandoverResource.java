package org.partnershipsteward.health.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.partnershipsteward.platform.security.Roles;

/** {@code /api/handover}: everything in flight, by section, each item with the page where it is handled. */
@ApplicationScoped
@Path("handover")
@Produces(MediaType.APPLICATION_JSON)
public class HandoverResource {

    @Inject
    Handover handover;

    @GET
    @RolesAllowed(Roles.SECRETARIAT)
    public List<Handover.Section> sections() {
        return handover.sections();
    }
}
