package org.partnershipsteward.minutes.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.partnershipsteward.platform.domain.InvalidInputException;
import org.partnershipsteward.platform.security.Roles;

/** {@code /api/summits/{id}/minutes}: the minutes, their revisions and comparison, submission, the board's votes, publication. */
@ApplicationScoped
@Path("summits/{id}/minutes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MinutesResource {

    /** A save: the sections' new notes. */
    public record Save(List<Minutes.SectionNotes> items) {
    }

    /** A board member's vote on submitted minutes. */
    public record Vote(String decision, String comment) {
    }

    @Inject
    Minutes minutes;

    @GET
    @RolesAllowed({Roles.SECRETARIAT, Roles.BOARD, Roles.MEMBER})
    public MinutesView read(@PathParam("id") long id) {
        return minutes.read(id);
    }

    @PUT
    @RolesAllowed(Roles.SECRETARIAT)
    public MinutesView save(@PathParam("id") long id, Save save) {
        if (save == null) {
            throw new InvalidInputException(Map.of("items", "a JSON body is required: {\"items\": [{\"agendaItemId\", \"notes\"}]}"));
        }
        return minutes.save(id, save.items());
    }

    @GET
    @Path("revisions")
    @RolesAllowed({Roles.SECRETARIAT, Roles.BOARD})
    public List<MinutesView.Revision> revisions(@PathParam("id") long id) {
        return minutes.revisions(id);
    }

    @GET
    @Path("revisions/{revision}/comparison")
    @RolesAllowed({Roles.SECRETARIAT, Roles.BOARD})
    public MinutesView.Comparison compare(@PathParam("id") long id, @PathParam("revision") int revision) {
        return minutes.compare(id, revision);
    }

    @POST
    @Path("submission")
    @RolesAllowed(Roles.SECRETARIAT)
    public MinutesView submit(@PathParam("id") long id) {
        return minutes.submit(id);
    }

    @POST
    @Path("votes")
    @RolesAllowed(Roles.BOARD)
    public MinutesView vote(@PathParam("id") long id, Vote vote) {
        return minutes.vote(id, vote == null ? null : vote.decision(), vote == null ? null : vote.comment());
    }

    @GET
    @Path("pdf")
    @Produces("application/pdf")
    @RolesAllowed({Roles.SECRETARIAT, Roles.BOARD, Roles.MEMBER})
    public Response pdf(@PathParam("id") long id, @QueryParam("copy") String copy) {
        if (copy != null && !"mail".equals(copy) && !"full".equals(copy)) {
            throw new InvalidInputException(Map.of("copy", "must be mail or full"));
        }
        return Response.ok(minutes.pdf(id, "full".equals(copy)), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"minutes-" + id + ".pdf\"").build();
    }

    @POST
    @Path("publication")
    @RolesAllowed(Roles.SECRETARIAT)
    public MinutesView publish(@PathParam("id") long id) {
        return minutes.publish(id);
    }
}
