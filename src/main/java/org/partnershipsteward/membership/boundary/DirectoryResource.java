package org.partnershipsteward.membership.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.partnershipsteward.membership.control.PeerSearch;
import org.partnershipsteward.membership.control.VCards;
import org.partnershipsteward.platform.security.Roles;

/** {@code /api/directory}: the directory of peers, as each member shares themself; one member's vCard. */
@ApplicationScoped
@Path("directory")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SECRETARIAT, Roles.BOARD, Roles.MEMBER})
public class DirectoryResource {

    @Inject
    Peers peers;

    @GET
    @RolesAllowed({Roles.SECRETARIAT, Roles.BOARD, Roles.MEMBER})
    public List<PeerView> search(@QueryParam("q") String q, @QueryParam("sector") String sector,
            @QueryParam("criterion") String criterion, @QueryParam("topic") String topic) {
        return peers.search(new PeerSearch(q, sector, criterion, topic)).stream().map(PeerView::of).toList();
    }

    @GET
    @Path("{id}.vcf")
    @Produces(VCards.MEDIA_TYPE)
    @RolesAllowed({Roles.SECRETARIAT, Roles.BOARD, Roles.MEMBER})
    public Response vcard(@PathParam("id") long id) {
        return VCardsResource.download(VCards.of(peers.card(id)), "member-" + id + ".vcf");
    }
}
