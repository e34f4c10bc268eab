package org.partnershipsteward.bylaws.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.partnershipsteward.bylaws.entity.BylawsDocument;
import org.partnershipsteward.platform.security.Roles;

/** {@code /api/bylaws}: the version in force, its history, and amendments by the secretariat. */
@ApplicationScoped
@Path("bylaws")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BylawsResource {

    /** One adopted version in the history. */
    public record VersionSummary(int version, LocalDate effectiveFrom, String summary, String adoptedBy) {
    }

    @Inject
    Bylaws bylaws;

    @GET
    @RolesAllowed({Roles.SECRETARIAT, Roles.BOARD, Roles.MEMBER})
    public BylawsDocument current() {
        return bylaws.current();
    }

    @GET
    @Path("versions")
    @RolesAllowed({Roles.SECRETARIAT, Roles.BOARD, Roles.MEMBER})
    public List<VersionSummary> versions() {
        return bylaws.history().stream()
                .map(v -> new VersionSummary(v.getNumber(), v.getEffectiveFrom(), v.getSummary(), v.getAdoptedBy()))
                .toList();
    }

    @POST
    @RolesAllowed(Roles.SECRETARIAT)
    public Response amend(BylawsDocument proposed) {
        return Response.status(Response.Status.CREATED).entity(bylaws.amend(proposed)).build();
    }
}
