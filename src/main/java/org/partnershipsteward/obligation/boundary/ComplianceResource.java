package org.partnershipsteward.obligation.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.partnershipsteward.membership.boundary.Members;
import org.partnershipsteward.membership.entity.Member;
import org.partnershipsteward.obligation.control.Standing;
import org.partnershipsteward.obligation.entity.StatusProposal;
import org.partnershipsteward.platform.csv.CsvCells;
import org.partnershipsteward.platform.domain.InvalidInputException;
import org.partnershipsteward.platform.security.Roles;

/** {@code /api/compliance}: members' standing per period, CSV export, excuses, closing a period, the board's proposals. */
@ApplicationScoped
@Path("compliance")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ComplianceResource {

    /** One member's standing, with exactly the fields of the API contract. */
    public record StandingView(long memberId, int attended, int requiredAttendances, int surveysAnswered,
            int surveysIssued, boolean bylawsAcknowledged, boolean compliant, List<String> reasons) {
        static StandingView of(Standing s) {
            return new StandingView(s.memberId(), s.attended(), s.requiredAttendances(), s.surveysAnswered(),
                    s.surveysIssued(), s.bylawsAcknowledged(), s.compliant(), s.reasons());
        }
    }

    /** The period to close. */
    public record CloseRequest(String period) {
    }

    /** The secretariat excuses a member for a period. */
    public record ExcuseRequest(String period, Long memberId, String reason) {
    }

    /** A board member's vote on a proposal. */
    public record VoteRequest(String decision, String comment) {
    }

    /** A proposal to change a member's status, with the votes so far (voter account id → decision). */
    public record ProposalView(long id, long memberId, String memberName, String period, String fromStatus, String toStatus,
            String reason, String status, String decision, Map<Long, String> votes) {
    }

    @Inject
    Compliance compliance;

    @Inject
    PeriodClosing periodClosing;

    @Inject
    Excuses excuses;

    @Inject
    StatusProposals statusProposals;

    @Inject
    Members members;

    @GET
    @RolesAllowed({Roles.SECRETARIAT, Roles.BOARD})
    public List<StandingView> report(@QueryParam("period") String period) {
        return compliance.report(period).stream().map(StandingView::of).toList();
    }

    @GET
    @Path("export")
    @Produces("text/csv")
    @RolesAllowed({Roles.SECRETARIAT, Roles.BOARD})
    public Response export(@QueryParam("period") String period) {
        List<Standing> standings = compliance.report(period);
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader("memberId", "name", "email", "status",
                "judged", "attended", "requiredAttendances", "surveysAnswered", "surveysIssued", "bylawsAcknowledged",
                "excused", "compliant", "reasons").get())) {
            for (Standing s : standings) {
                Member m = members.byId(s.memberId());
                csv.printRecord(java.util.stream.Stream.of(s.memberId(), m.fullName(), m.getEmail(), m.getStatus(), s.judged(),
                        s.attended(), s.requiredAttendances(), s.surveysAnswered(), s.surveysIssued(), s.bylawsAcknowledged(),
                        s.excused(), s.compliant(), String.join("; ", s.reasons())).map(CsvCells::cell));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Response.ok(out.toString(), "text/csv; charset=UTF-8").header("Content-Disposition",
                "attachment; filename=\"compliance-" + compliance.period(period) + ".csv\"").build();
    }

    /** The signed-in member's standing in the current period. */
    @GET
    @Path("me")
    @RolesAllowed({Roles.MEMBER, Roles.BOARD, Roles.SECRETARIAT})
    public Response mine() {
        Optional<Standing> standing = compliance.mine();
        return standing.map(s -> Response.ok(StandingView.of(s)).build()).orElse(Response.noContent().build());
    }

    @GET
    @Path("closures")
    @RolesAllowed({Roles.SECRETARIAT, Roles.BOARD})
    public List<String> closedPeriods() {
        return compliance.closedPeriods();
    }

    @POST
    @Path("closures")
    @RolesAllowed(Roles.SECRETARIAT)
    public PeriodClosing.Closure close(CloseRequest request) {
        return periodClosing.close(request == null ? null : request.period());
    }

    @POST
    @Path("excuses")
    @RolesAllowed(Roles.SECRETARIAT)
    public Response excuse(ExcuseRequest request) {
        if (request == null) {
            throw new InvalidInputException(Map.of("body", "a JSON body is required"));
        }
        excuses.excuse(request.period(), request.memberId(), request.reason());
        return Response.status(Response.Status.CREATED).entity(request).build();
    }

    @GET
    @Path("proposals")
    @RolesAllowed({Roles.SECRETARIAT, Roles.BOARD})
    public List<ProposalView> proposals(@QueryParam("status") String status) {
        StatusProposal.State state;
        try {
            state = status == null || status.isBlank() ? null : StatusProposal.State.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(Map.of("status", "must be PENDING, APPROVED or REJECTED"));
        }
        return statusProposals.proposals(state).stream().map(this::view).toList();
    }

    @POST
    @Path("proposals/{id}/votes")
    @RolesAllowed(Roles.BOARD)
    public ProposalView vote(@PathParam("id") long id, VoteRequest request) {
        if (request == null) {
            throw new InvalidInputException(Map.of("body", "a JSON body is required"));
        }
        return view(statusProposals.vote(id, request.decision(), request.comment()));
    }

    private ProposalView view(StatusProposal p) {
        return new ProposalView(p.getId(), p.getMemberId(), members.byId(p.getMemberId()).fullName(), p.getPeriod(),
                p.getFromStatus().name(), p.getToStatus().name(), p.getReason(), p.getStatus().name(), p.getDecision(),
                statusProposals.votes(p.getId()));
    }
}
