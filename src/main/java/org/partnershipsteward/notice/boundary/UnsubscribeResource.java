package org.partnershipsteward.notice.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.partnershipsteward.notice.entity.NoticeKind;
import org.partnershipsteward.platform.domain.UnknownEntityException;

/** {@code /api/unsubscribe/{token}}: the one-click unsubscribe target of List-Unsubscribe (no login). */
@ApplicationScoped
@Path("unsubscribe")
@Produces(MediaType.APPLICATION_JSON)
public class UnsubscribeResource {

    @Inject
    Notices notices;

    /** RFC 8058: mail clients POST {@code List-Unsubscribe=One-Click} here; any body is accepted. */
    @POST
    @Path("{token}")
    @PermitAll
    public Response unsubscribe(@PathParam("token") String token) {
        NoticeKind kind = notices.unsubscribe(token);
        if (kind == null) {
            throw new UnknownEntityException("unsubscribe link", "given");
        }
        return Response.ok(Map.of("unsubscribed", kind.name())).build();
    }

}
