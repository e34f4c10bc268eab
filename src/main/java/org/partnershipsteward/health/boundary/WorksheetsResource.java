package org.partnershipsteward.health.boundary;

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
import java.util.Map;
import org.partnershipsteward.health.control.WorksheetTemplate;
import org.partnershipsteward.platform.security.Roles;

/** {@code /api/worksheets}: the yearly self-assessment, its questions, and a year beside the one before. */
@ApplicationScoped
@Path("worksheets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WorksheetsResource {

    /** The answers of a year, keyed by question. */
    public record Answers(Map<String, String> answers) {
    }

    @Inject
    Worksheets worksheets;

    /** The questions, step by step, and the years that have a worksheet. */
    @GET
    @RolesAllowed({Roles.SECRETARIAT, Roles.BOARD})
    public Map<String, Object> overview() {
        return Map.of("steps", WorksheetTemplate.STEPS, "years", worksheets.years());
    }

    @GET
    @Path("{year}")
    @RolesAllowed({Roles.SECRETARIAT, Roles.BOARD})
    public Worksheets.Comparison year(@PathParam("year") int year) {
        return worksheets.compare(year);
    }

    @PUT
    @Path("{year}")
    @RolesAllowed({Roles.SECRETARIAT, Roles.BOARD})
    public Worksheets.Comparison save(@PathParam("year") int year, Answers request) {
        return worksheets.save(year, request == null ? null : request.answers());
    }
}
