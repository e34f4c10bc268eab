package org.partnershipsteward.survey.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.partnershipsteward.platform.config.PartnershipConfig;
import org.partnershipsteward.platform.domain.InvalidInputException;
import org.partnershipsteward.platform.security.Roles;
import org.partnershipsteward.survey.control.Question;
import org.partnershipsteward.survey.control.SurveyForm;
import org.partnershipsteward.survey.entity.Survey;

/** {@code /api/surveys}: informal surveys, answers and results. */
@ApplicationScoped
@Path("surveys")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SurveysResource {

    /** A survey as the API shows it. */
    public record SurveyView(long id, String title, List<Question> questions, OffsetDateTime opensAt, OffsetDateTime closesAt,
            boolean anonymous, Long summitId, boolean open) {
    }

    /** One member's answers: one entry per question (a string, a number, or a list of strings for multiple choice). */
    public record ResponseRequest(List<Object> answers) {
    }

    /** The results: how many were asked and answered, and per question the counts, mean and texts. */
    public record ResultsView(long surveyId, String title, boolean anonymous, int invited, int participants,
            List<SurveyForm.Result> questions) {
    }

    @Inject
    Surveys surveys;

    @Inject
    PartnershipConfig config;

    @Inject
    Clock clock;

    private SurveyView view(Survey s) {
        return new SurveyView(s.getId(), s.getTitle(), Surveys.questions(s), s.getOpensAt().atZone(config.zone()).toOffsetDateTime(),
                s.getClosesAt().atZone(config.zone()).toOffsetDateTime(), s.isAnonymous(), s.getSummitId(), s.isOpen(clock.instant()));
    }

    @POST
    @RolesAllowed(Roles.SECRETARIAT)
    public Response create(SurveyRequest request, @Context UriInfo uri) {
        Survey survey = surveys.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(survey.getId())).build()).entity(view(survey)).build();
    }

    @GET
    @RolesAllowed({Roles.SECRETARIAT, Roles.BOARD, Roles.MEMBER})
    public List<SurveyView> list() {
        return surveys.find().stream().map(this::view).toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.SECRETARIAT, Roles.BOARD, Roles.MEMBER})
    public SurveyView one(@PathParam("id") long id) {
        return view(surveys.byId(id));
    }

    @GET
    @Path("{id}/results")
    @RolesAllowed({Roles.SECRETARIAT, Roles.BOARD})
    public ResultsView results(@PathParam("id") long id) {
        Surveys.Results r = surveys.results(id);
        return new ResultsView(id, r.survey().getTitle(), r.survey().isAnonymous(), r.invited(), r.participants(), r.questions());
    }

    @GET
    @Path("{id}/responses")
    @RolesAllowed(Roles.SECRETARIAT)
    public List<Surveys.StoredResponse> responses(@PathParam("id") long id) {
        return surveys.responses(id);
    }

    /** One entry of a survey's audit trail. */
    public record HistoryView(OffsetDateTime occurredAt, String actor, String action, String detail) {
    }

    @GET
    @Path("{id}/history")
    @RolesAllowed(Roles.SECRETARIAT)
    public List<HistoryView> history(@PathParam("id") long id) {
        return surveys.history(id).stream().map(e -> new HistoryView(e.getOccurredAt().atZone(config.zone()).toOffsetDateTime(),
                e.getActor(), e.getAction(), e.getDetail())).toList();
    }

    @POST
    @Path("{id}/responses")
    @RolesAllowed({Roles.MEMBER, Roles.BOARD})
    public Response respond(@PathParam("id") long id, ResponseRequest request) {
        if (request == null) {
            throw new InvalidInputException(Map.of("body", "a JSON body is required"));
        }
        surveys.respond(id, request.answers());
        return Response.status(Response.Status.CREATED).entity(Map.of("surveyId", id, "recorded", true)).build();
    }
}
