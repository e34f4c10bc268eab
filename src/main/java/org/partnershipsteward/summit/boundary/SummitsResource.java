package org.partnershipsteward.summit.boundary;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.partnershipsteward.platform.config.PartnershipConfig;
import org.partnershipsteward.platform.security.Roles;
import org.partnershipsteward.summit.entity.AgendaItem;
import org.partnershipsteward.summit.entity.Rsvp;
import org.partnershipsteward.summit.entity.RsvpStatus;
import org.partnershipsteward.summit.entity.Summit;

/** {@code /api/summits}: scheduling, agendas and their approval, answers, attendance, the calendar file. */
@ApplicationScoped
@Path("summits")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SummitsResource {

    /** The reason of a cancellation. */
    public record Cancellation(String reason) {
    }

    /** An answer to an invitation. */
    public record Answer(String response) {
    }

    /** A board member's vote on an agenda. */
    public record AgendaVoteRequest(String decision, String comment) {
    }

    /** The new order of the agenda items. */
    public record Order(List<Long> itemIds) {
    }

    /** A member checked in on the day; {@code delegate} when someone attended in their place. */
    public record CheckIn(Long memberId, Boolean delegate) {
    }

    /** An agenda item as the API shows it. */
    public record ItemView(long id, String title, String topic, String presenter, int minutes, int position,
            String status, String sharing, List<Long> actions) {
        static ItemView of(AgendaItem i) {
            return of(i, List.of());
        }

        /** With what the item lists (the ids of the actions a review of open actions lists); none: no field. */
        static ItemView of(AgendaItem i, List<AgendaFollowUp.Listed> listed) {
            return new ItemView(i.getId(), i.getTitle(), i.getTopic(), i.getPresenter(), i.getMinutes(), i.getPosition(),
                    i.getStatus().name(), i.getSharing() == null ? null : i.getSharing().name(),
                    listed.isEmpty() ? null : listed.stream().map(AgendaFollowUp.Listed::id).toList());
        }
    }

    /** An answer as the API shows it. */
    public record RsvpView(long memberId, String response, String status, Long waitlistPosition, String answeredBy) {
        static RsvpView of(Rsvp r) {
            return new RsvpView(r.getMemberId(), r.getResponse().name(), r.getStatus().name(), r.getWaitlistPosition(),
                    r.getAnsweredBy());
        }
    }

    @Inject
    Summits summits;

    @Inject
    Agendas agendas;

    @Inject
    Rsvps rsvps;

    @Inject
    CheckIns checkIns;

    @Inject
    SummitCalendar calendar;

    @Inject
    PartnershipConfig config;

    private SummitView view(Summit s, boolean withWarnings) {
        return SummitView.of(s, config.zone(), rsvps.count(s.getId(), RsvpStatus.CONFIRMED),
                rsvps.count(s.getId(), RsvpStatus.WAITLISTED), withWarnings ? summits.warnings() : null);
    }

    @POST
    @RolesAllowed(Roles.SECRETARIAT)
    public Response schedule(SummitRequest request, @Context UriInfo uri) {
        var scheduled = summits.schedule(request);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(scheduled.summit().getId())).build())
                .entity(view(scheduled.summit(), true)).build();
    }

    @GET
    @RolesAllowed({Roles.SECRETARIAT, Roles.BOARD, Roles.MEMBER})
    public List<SummitView> find(@QueryParam("year") Integer year) {
        return summits.find(year).stream().map(s -> view(s, false)).toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.SECRETARIAT, Roles.BOARD, Roles.MEMBER})
    public SummitView one(@PathParam("id") long id) {
        return view(summits.byId(id), false);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.SECRETARIAT)
    public SummitView update(@PathParam("id") long id, SummitRequest request) {
        return view(summits.update(id, request).summit(), true);
    }

    @POST
    @Path("{id}/cancellation")
    @RolesAllowed(Roles.SECRETARIAT)
    public SummitView cancel(@PathParam("id") long id, Cancellation request) {
        return view(summits.cancel(id, request == null ? null : request.reason()), false);
    }

    @GET
    @Path("{id}/agenda")
    @RolesAllowed({Roles.SECRETARIAT, Roles.BOARD, Roles.MEMBER})
    public Map<String, Object> agenda(@PathParam("id") long id) {
        Summit summit = summits.byId(id);
        return Map.of("status", summit.getAgendaStatus().name(),
                "items", agendas.items(id).stream().map(i -> ItemView.of(i, agendas.listedUnder(i))).toList(),
                "suggestedTopics", agendas.suggestedTopics(id),
                "votes", agendas.votes(summit).stream().map(v -> Map.of("voterId", v.getVoterAccountId(),
                        "decision", v.getDecision().name(), "comment", v.getComment() == null ? "" : v.getComment())).toList(),
                "warnings", agendas.lengthWarning(summit).stream().toList());
    }

    @POST
    @Path("{id}/agenda/items")
    @RolesAllowed({Roles.SECRETARIAT, Roles.MEMBER})
    public Response addItem(@PathParam("id") long id, AgendaItemRequest request) {
        return Response.status(Response.Status.CREATED).entity(ItemView.of(agendas.addItem(id, request))).build();
    }

    @POST
    @Path("{id}/agenda/items/{itemId}/acceptance")
    @RolesAllowed(Roles.SECRETARIAT)
    public ItemView accept(@PathParam("id") long id, @PathParam("itemId") long itemId) {
        return ItemView.of(agendas.acceptItem(id, itemId));
    }

    @PUT
    @Path("{id}/agenda/order")
    @RolesAllowed(Roles.SECRETARIAT)
    public Response reorder(@PathParam("id") long id, Order order) {
        agendas.reorder(id, order == null ? null : order.itemIds());
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/agenda/submission")
    @RolesAllowed(Roles.SECRETARIAT)
    public SummitView submit(@PathParam("id") long id) {
        return view(agendas.submitAgenda(id), false);
    }

    @POST
    @Path("{id}/agenda/votes")
    @RolesAllowed(Roles.BOARD)
    public SummitView vote(@PathParam("id") long id, AgendaVoteRequest request) {
        return view(agendas.voteAgenda(id, request == null ? null : request.decision(),
                request == null ? null : request.comment()), false);
    }

    @POST
    @Path("{id}/agenda/publication")
    @RolesAllowed(Roles.SECRETARIAT)
    public SummitView publish(@PathParam("id") long id) {
        return view(agendas.publishAgenda(id), false);
    }

    @PUT
    @Path("{id}/rsvp")
    @RolesAllowed({Roles.MEMBER, Roles.BOARD})
    public Map<String, String> rsvp(@PathParam("id") long id, Answer answer) {
        return answered(rsvps.answer(id, answer == null ? null : answer.response()));
    }

    /** The secretariat answers for any member; an assistant for a principal (403 for anyone else). */
    @PUT
    @Path("{id}/rsvps/{memberId}")
    @RolesAllowed({Roles.SECRETARIAT, Roles.ASSISTANT})
    public Map<String, String> rsvpFor(@PathParam("id") long id, @PathParam("memberId") long memberId, Answer answer,
            @Context SecurityContext security) {
        String response = answer == null ? null : answer.response();
        return answered(security.isUserInRole(Roles.SECRETARIAT) ? rsvps.answerFor(id, memberId, response)
                : rsvps.answerAsAssistant(id, memberId, response));
    }

    private static Map<String, String> answered(Rsvp rsvp) {
        return Map.of("status", rsvp.getStatus().name(), "answeredBy", rsvp.getAnsweredBy());
    }

    @GET
    @Path("{id}/rsvps")
    @RolesAllowed({Roles.SECRETARIAT, Roles.BOARD})
    public List<RsvpView> rsvps(@PathParam("id") long id) {
        return rsvps.rsvps(id).stream().map(RsvpView::of).toList();
    }

    @POST
    @Path("{id}/attendance")
    @RolesAllowed(Roles.SECRETARIAT)
    public Response checkIn(@PathParam("id") long id, CheckIn request) {
        boolean recorded = checkIns.checkIn(id, request == null ? null : request.memberId(),
                request != null && Boolean.TRUE.equals(request.delegate()));
        return Response.status(recorded ? Response.Status.CREATED : Response.Status.OK)
                .entity(Map.of("attended", checkIns.attended(id).size())).build();
    }

    @GET
    @Path("{id}/invite.ics")
    @Produces("text/calendar")
    @RolesAllowed({Roles.SECRETARIAT, Roles.BOARD, Roles.MEMBER})
    public Response ics(@PathParam("id") long id) {
        return Response.ok(calendar.forCaller(summits.byId(id)), "text/calendar; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"summit-" + id + ".ics\"").build();
    }
}
