package org.partnershipsteward.board.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.partnershipsteward.platform.security.Roles;

/** {@code /api/board}: the seats, the chair and the rotation (any signed-in role); seats are filled by the secretariat. */
@Path("board")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BoardResource {

    @Inject
    Board board;

    @Inject
    BoardViews views;

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
}
