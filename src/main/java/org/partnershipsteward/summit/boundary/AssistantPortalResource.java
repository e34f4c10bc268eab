package org.partnershipsteward.summit.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.partnershipsteward.platform.security.Roles;

/** {@code /api/assistant/summits}: the signed-in assistant's principals' upcoming summits and their answers. */
@ApplicationScoped
@Path("assistant/summits")
@Produces(MediaType.APPLICATION_JSON)
public class AssistantPortalResource {

    @Inject
    AssistantPortal portal;

    @GET
    @RolesAllowed(Roles.ASSISTANT)
    public List<AssistantPortal.UpcomingSummit> upcoming() {
        return portal.upcoming();
    }
}
