package org.partnershipsteward.notice.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.partnershipsteward.notice.entity.NoticeKind;
import org.partnershipsteward.notice.entity.NoticeStatus;
import org.partnershipsteward.platform.domain.InvalidInputException;
import org.partnershipsteward.platform.security.Roles;

/** {@code /api/notices}: the notice log of the secretariat. */
@ApplicationScoped
@Path("notices")
@Produces(MediaType.APPLICATION_JSON)
public class NoticesResource {

    @Inject
    Notices notices;

    @GET
    @RolesAllowed(Roles.SECRETARIAT)
    public List<NoticeView> find(@QueryParam("recipient") String recipient, @QueryParam("kind") String kind,
            @QueryParam("status") String status) {
        return notices.find(recipient, parse(NoticeKind.class, "kind", kind), parse(NoticeStatus.class, "status", status))
                .stream().map(NoticeView::of).toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Roles.SECRETARIAT)
    public NoticeView one(@PathParam("id") long id) {
        return NoticeView.of(notices.byId(id));
    }

    @POST
    @Path("{id}/resend")
    @RolesAllowed(Roles.SECRETARIAT)
    public NoticeView resend(@PathParam("id") long id) {
        return NoticeView.of(notices.resend(id));
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(Map.of(field, "unknown value " + value));
        }
    }
}
