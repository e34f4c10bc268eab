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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.Map;
import org.partnershipsteward.membership.entity.Member;
import org.partnershipsteward.platform.domain.UnknownEntityException;
import org.partnershipsteward.platform.security.Roles;

/**
 * {@code /api/contact-confirmations}: the secretariat asks a member to confirm their details now; the
 * link's token shows (GET, changes nothing) and confirms or corrects (POST) them without a login.
 */
@ApplicationScoped
@Path("contact-confirmations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ContactConfirmationsResource {

    /** Which member to ask. */
    public record Ask(Long memberId) {
    }

    /** The details a link shows, and when they were last confirmed. */
    public record ContactView(long memberId, String name, String title, long organizationId, String organizationName,
            String phone, String assistantName, String assistantEmail, String assistantPhone, String executiveLevel,
            Instant confirmedAt) {
        static ContactView of(ContactConfirmations.Target t) {
            Member m = t.member();
            return new ContactView(m.getId(), m.fullName(), m.getTitle(), m.getOrganizationId(), t.organization().getName(),
                    m.getPhone(), m.getAssistantName(), m.getAssistantEmail(), m.getAssistantPhone(),
                    m.getExecutiveLevel().name(), m.getContactConfirmedAt());
        }
    }

    @Inject
    ContactConfirmations confirmations;

    @POST
    @RolesAllowed(Roles.SECRETARIAT)
    public Response ask(Ask request) {
        Member member = confirmations.requestNow(request == null ? null : request.memberId());
        return Response.accepted(Map.of("memberId", member.getId(), "email", member.getEmail())).build();
    }

    @GET
    @Path("{token}")
    @PermitAll
    public ContactView show(@PathParam("token") String token) {
        return ContactView.of(confirmations.resolve(token)
                .orElseThrow(() -> new UnknownEntityException("contact confirmation link", "given")));
    }

    /** Without a body the details are confirmed as they are; with a profile body they are corrected. */
    @POST
    @Path("{token}")
    @PermitAll
    public ContactView confirm(@PathParam("token") String token, ProfileRequest changes) {
        return ContactView.of(confirmations.confirm(token, changes));
    }
}
