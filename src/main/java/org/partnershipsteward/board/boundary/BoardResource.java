package org.partnershipsteward.board.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.partnershipsteward.platform.security.Roles;

/**
 * {@code /api/board}: the seats, the chair and the rotation (any signed-in role); seats are filled by the secretariat;
 * a holder's leaves are kept by the secretariat or the holder.
 */
@ApplicationScoped
@Path("board")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BoardResource {

    @Inject
    Board board;

    @Inject
    BoardViews views;

    @Inject
    SeatAbsences absences;

    @GET
    @RolesAllowed({Roles.SECRETARIAT, Roles.BOARD, Roles.MEMBER})
    public BoardView view() {
        return views.view();
    }

    @PUT
    @Path("seats/{id}")
    @RolesAllowed(Roles.SECRETARIAT)
    public BoardView.Seat assign(@PathParam("id") long id, SeatAssignment request) {
        board.assign(id, request);
        return views.view().seats().stream().filter(s -> s.id() == id).findFirst().orElseThrow();
    }

    /** The seat's leaves, newest first (any signed-in role, as the board). */
    @GET
    @Path("seats/{id}/absences")
    @RolesAllowed({Roles.SECRETARIAT, Roles.BOARD, Roles.MEMBER})
    public List<AbsenceView> absences(@PathParam("id") long id) {
        return absences.list(id);
    }

    /** Records a leave of the seat's holder: the secretariat, or the holder for themself. */
    @POST
    @Path("seats/{id}/absences")
    @RolesAllowed({Roles.SECRETARIAT, Roles.BOARD})
    public Response recordAbsence(@PathParam("id") long id, AbsenceRequest request) {
        AbsenceView recorded = absences.record(id, request);
        return Response.created(URI.create("board/seats/" + id + "/absences/" + recorded.id())).entity(recorded).build();
    }

    /** Ends a leave early: cancelled before it starts, else the holder is back today. */
    @DELETE
    @Path("seats/{id}/absences/{absenceId}")
    @RolesAllowed({Roles.SECRETARIAT, Roles.BOARD})
    public Response endAbsence(@PathParam("id") long id, @PathParam("absenceId") long absenceId) {
        absences.end(id, absenceId);
        return Response.noContent().build();
    }
}
