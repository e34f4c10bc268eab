package org.partnershipsteward.auditlog.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.partnershipsteward.auditlog.control.AuditQuery;
import org.partnershipsteward.platform.config.PartnershipConfig;
import org.partnershipsteward.platform.security.Roles;

/** {@code /api/audit}: the audit trail for the secretariat, newest first, paged. */
@ApplicationScoped
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    AuditLog log;

    @Inject
    PartnershipConfig config;

    /** Parameters are read as text so that a bad one is a 400 problem naming it, not a bare 404. */
    @GET
    @RolesAllowed(Roles.SECRETARIAT)
    public List<AuditView> find(@QueryParam("subjectType") String subjectType, @QueryParam("subjectId") String subjectId,
            @QueryParam("actor") String actor, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        AuditQuery query = AuditQuery.parse(subjectType, subjectId, actor, from, to, page, size, config.zone());
        return log.search(query).stream().map(AuditView::of).toList();
    }
}
