package org.partnershipsteward.membership.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.partnershipsteward.membership.entity.ApplicationStatus;
import org.partnershipsteward.platform.domain.InvalidInputException;
import org.partnershipsteward.platform.security.Roles;

/** {@code /api/applications}: apply without a login; review (secretariat); vote (board). */
@ApplicationScoped
@Path("applications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ApplicationsResource {

    @Inject
    Applications applications;

    @POST
    @PermitAll
    public Response apply(ApplicationRequest request, @Context UriInfo uri) {
        var application = applications.submit(request);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(application.getId())).build())
                .entity(ApplicationView.of(application, null)).build();
    }

    @GET
    @RolesAllowed({Roles.SECRETARIAT, Roles.BOARD})
    public List<ApplicationView> find(@QueryParam("status") String status) {
        ApplicationStatus filter = null;
        if (status != null && !status.isBlank()) {
            try {
                filter = ApplicationStatus.valueOf(status);
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(Map.of("status", "unknown value " + status));
            }
        }
        return applications.find(filter).stream().map(a -> ApplicationView.of(a, applications.votes(a.getId()))).toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.SECRETARIAT, Roles.BOARD})
    public ApplicationView one(@PathParam("id") long id) {
        return ApplicationView.of(applications.byId(id), applications.votes(id));
    }

    @POST
    @Path("{id}/review")
    @RolesAllowed(Roles.SECRETARIAT)
    public ApplicationView review(@PathParam("id") long id, ReviewRequest request) {
        return ApplicationView.of(applications.review(id, request), applications.votes(id));
    }

    @POST
    @Path("{id}/votes")
    @RolesAllowed(Roles.BOARD)
    public ApplicationView vote(@PathParam("id") long id, VoteRequest request) {
        return ApplicationView.of(applications.vote(id, request), applications.votes(id));
    }
}
