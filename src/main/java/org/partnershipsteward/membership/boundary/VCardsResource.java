package org.partnershipsteward.membership.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.partnershipsteward.membership.control.PeerSearch;
import org.partnershipsteward.membership.control.VCards;
import org.partnershipsteward.platform.security.Roles;

/** {@code /api/directory.vcf}: a search of the directory of peers as one vCard 4.0 file, with what each shares. */
@ApplicationScoped
@Path("directory.vcf")
@Produces(VCards.MEDIA_TYPE)
public class VCardsResource {

    @Inject
    Peers peers;

    @GET
    @RolesAllowed({Roles.SECRETARIAT, Roles.BOARD, Roles.MEMBER})
    public Response search(@QueryParam("q") String q, @QueryParam("sector") String sector,
            @QueryParam("criterion") String criterion, @QueryParam("topic") String topic) {
        return download(VCards.of(peers.search(new PeerSearch(q, sector, criterion, topic))), "directory.vcf");
    }

    static Response download(String vcards, String filename) {
        return Response.ok(vcards, VCards.MEDIA_TYPE + ";charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + filename + "\"").build();
    }
}
