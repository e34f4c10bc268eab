package org.partnershipsteward.exchange.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.partnershipsteward.exchange.control.ImportKind;
import org.partnershipsteward.platform.security.Roles;

/** {@code GET /api/exports/{kind}}: a CSV with the columns the import reads, for the secretariat. */
@ApplicationScoped
@Path("exports")
public class ExportsResource {

    @Inject
    Exports exports;

    @GET
    @Path("{kind}")
    @Produces("text/csv")
    @RolesAllowed(Roles.SECRETARIAT)
    public Response exportFile(@PathParam("kind") String kind) {
        ImportKind what = ImportsResource.kind(kind);
        return Response.ok(exports.csv(what), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + what.path() + ".csv\"").build();
    }
}
