package org.partnershipsteward.membership.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.partnershipsteward.platform.security.Roles;

/** {@code /api/assistant/me}: the signed-in assistant's own details and whom they assist. */
@ApplicationScoped
@Path("assistant/me")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AssistantSelfResource {

    @Inject
    Assistants assistants;

    /** The assistant as the API shows them, with the names of their principals. */
    public record Me(AssistantView assistant, List<Map<String, Object>> principals) {
    }

    @GET
    @RolesAllowed(Roles.ASSISTANT)
    public Me me() {
        return view();
    }

    @PUT
    @RolesAllowed(Roles.ASSISTANT)
    public Me update(AssistantContactRequest request) {
        assistants.updateMe(request);
        return view();
    }

    private Me view() {
        return new Me(AssistantView.of(assistants.me()), assistants.principals().stream()
                .map(m -> Map.<String, Object>of("memberId", m.getId(), "name", m.fullName())).toList());
    }
}
