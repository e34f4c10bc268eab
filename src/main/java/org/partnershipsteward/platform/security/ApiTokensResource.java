package org.partnershipsteward.platform.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.partnershipsteward.platform.domain.InvalidInputException;

/** {@code /api/me/tokens}: the caller's API tokens (docs/api.md "API tokens"). */
@ApplicationScoped
@Path("me/tokens")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ApiTokensResource {

    /** A new token's name and last day. */
    public record TokenRequest(String name, LocalDate expiresOn) {
    }

    @Inject
    ApiTokens tokens;

    @POST
    @RolesAllowed({Roles.SECRETARIAT, Roles.BOARD, Roles.MEMBER, Roles.ASSISTANT})
    public Response create(TokenRequest request) {
        if (request == null) {
            throw new InvalidInputException(Map.of("name", "is required", "expiresOn", "is required"));
        }
        ApiTokens.Created created = tokens.create(request.name(), request.expiresOn());
        return Response.status(Response.Status.CREATED).header("Cache-Control", "no-store").entity(created).build();
    }

    @GET
    @RolesAllowed({Roles.SECRETARIAT, Roles.BOARD, Roles.MEMBER, Roles.ASSISTANT})
    public List<ApiTokens.View> mine() {
        return tokens.mine();
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.SECRETARIAT, Roles.BOARD, Roles.MEMBER, Roles.ASSISTANT})
    public ApiTokens.View revoke(@PathParam("id") long id) {
        return tokens.revoke(id);
    }
}
