package org.partnershipsteward.exchange.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.partnershipsteward.exchange.control.ImportKind;
import org.partnershipsteward.exchange.control.Report;
import org.partnershipsteward.platform.config.PartnershipConfig;
import org.partnershipsteward.platform.domain.InvalidInputException;
import org.partnershipsteward.platform.domain.UnknownEntityException;
import org.partnershipsteward.platform.rest.Problem;
import org.partnershipsteward.platform.security.Roles;

/**
 * {@code POST /api/imports/{kind}?dryRun=&welcome=} (a CSV body) for the secretariat. A body larger than
 * {@code partnership.import.max-bytes} is refused by its Content-Length before it is read, and otherwise after reading
 * one byte past the limit; nothing larger is held in memory.
 */
@ApplicationScoped
@Path("imports")
public class ImportsResource {

    @Inject
    Imports imports;

    @Inject
    PartnershipConfig config;

    @POST
    @Path("{kind}")
    @Consumes(MediaType.WILDCARD) // the body is the file, read as bytes whatever a client calls it (text/csv)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SECRETARIAT)
    public Response importFile(@PathParam("kind") String kind, @QueryParam("dryRun") @DefaultValue("true") String dryRun,
            @QueryParam("welcome") @DefaultValue("false") String welcome, @Context HttpServletRequest request,
            InputStream body) {
        ImportKind what = kind(kind);
        boolean dry = flag("dryRun", dryRun);
        boolean mail = flag("welcome", welcome);
        long max = config.importMaxBytes();
        if (request.getContentLengthLong() > max) {
            return tooLarge(max);
        }
        byte[] file;
        try {
            file = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
        } catch (IOException e) {
            throw new InvalidInputException(Map.of("file", "the upload broke off; send the file again"));
        }
        if (file.length > max) {
            return tooLarge(max);
        }
        Report report = imports.run(what, file, !dry, mail);
        ImportReportView view = ImportReportView.of(report, dry);
        if (!dry && !report.clean()) {
            Map<String, Object> problem = new LinkedHashMap<>();
            problem.put("type", "about:blank");
            problem.put("title", "Import refused");
            problem.put("status", 422);
            problem.put("detail", "The file has " + view.errors().size() + " error(s); nothing was imported. "
                    + "Correct the rows named in errors (a dry run shows them) and send the file again.");
            problem.put("rule", "IMPORT_NOT_CLEAN");
            problem.put("errors", view.errors());
            problem.put("report", view);
            return Response.status(422).type(Problem.MEDIA_TYPE).entity(problem).build();
        }
        return Response.ok(view, MediaType.APPLICATION_JSON).build();
    }

    static ImportKind kind(String path) {
        return ImportKind.of(path).orElseThrow(() -> new UnknownEntityException("import kind", path));
    }

    private static boolean flag(String name, String value) {
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidInputException(Map.of(name, "must be true or false"));
        };
    }

    static Response tooLarge(long max) {
        return Problem.of(413, "Content Too Large", "The file is larger than " + (max / (1024 * 1024))
                + " MB, the most an import takes; split it (e.g. by organisation) or ask the operator to raise "
                + "partnership.import.max-bytes.").toResponse();
    }
}
