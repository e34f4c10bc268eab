package org.partnershipsteward.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Access follows a member's status on every path (issue 15, finding 4). A member who stops being current, whether
 * by the secretariat's status decision, by a personnel transition or by the board's vote on a compliance proposal,
 * loses everything that let them in at once: sign-in, an open page session, HTTP Basic, and every mailed link
 * (RSVP, survey, contact confirmation), which then says it no longer works and changes nothing.
 * <p>
 * The first two paths use members this class admits itself. A compliance proposal is only made for a member judged
 * in a closed period, which a member admitted today never is; the third path therefore takes a demo member who is
 * AT_RISK and joined before 2022 (not one of the accounts other classes sign in with, nor a seated board member),
 * holds two summits in 2022 that they missed and closes both half-years of 2022 (no other class uses them), so the
 * board has the proposal AT_RISK → LAPSED to vote on.
 */
@ExtendWith(Server.class)
class AccessIT {

    @RegisterExtension
    static GreenMailExtension mail = Mailbox.server();

    @Server.Url
    URL base;

    /** A current member with everything that lets them in. */
    record Holder(long id, String email, String password, PageClient session, String surveyToken, String rsvpToken,
            String contactToken) {
    }

    /** Made once for the class: one survey and one summit invite all three members at once. */
    private static Holder byDecision;
    private static Holder byTransition;
    private static Holder byBoardVote;
    private static long proposalId;
    private static long surveyId;
    private static long summitId;

    private Api secretariat() {
        return NewMembers.secretariat(base);
    }

    private synchronized void prepare() {
        if (byDecision != null) {
            return;
        }
        NewMembers.Admitted decided = NewMembers.admit(base, mail, "access-decision");
        NewMembers.Admitted transitioned = NewMembers.admit(base, mail, "access-transition");
        List<String> board = NewMembers.seatedBoard(base);
        Set<String> sharedAccounts = Set.of(Deployments.SECRETARIAT, Deployments.BOARD, Deployments.MEMBER);
        // an AT_RISK member judged in 2022 (which no other class touches): two summits they did not attend, both
        // half-years closed, and the board has the proposal AT_RISK -> LAPSED to vote on
        JsonObject atRisk = secretariat().get("/api/members?status=AT_RISK").array().stream().map(v -> v.asJsonObject())
                .filter(m -> m.getString("joinedOn").compareTo("2022-01-01") < 0 && !board.contains(m.getString("email"))
                        && !sharedAccounts.contains(m.getString("email")))
                .findFirst().orElseThrow(() -> new AssertionError("the demo has an AT_RISK member who joined before 2022"));
        long votedId = atRisk.getJsonNumber("id").longValue();
        String votedEmail = atRisk.getString("email");
        String history = UUID.randomUUID().toString().substring(0, 6);
        for (String date : List.of("2022-03-15", "2022-09-20")) {
            SummitFixtures.heldOn(base, "Access history " + history + " " + date, date);
        }
        for (String period : List.of("2022-H1", "2022-H2")) {
            Api.Answer closed = secretariat().post("/api/compliance/closures", "{\"period\":\"" + period + "\"}");
            assertEquals(200, closed.status(), period + " closes here: " + closed.body());
        }
        JsonObject proposal = Api.as(base, board.get(0), Deployments.DEMO_PASSWORD).get("/api/compliance/proposals?status=PENDING")
                .array().stream().map(v -> v.asJsonObject())
                .filter(p -> p.getJsonNumber("memberId").longValue() == votedId && p.getString("toStatus").equals("LAPSED"))
                .findFirst().orElseThrow(() -> new AssertionError("closing 2022 puts " + votedEmail + " to the board for LAPSED"));
        proposalId = proposal.getJsonNumber("id").longValue();

        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String surveyTitle = "Access pulse " + tag;
        Api.Answer survey = secretariat().post("/api/surveys", "{\"title\":\"" + surveyTitle + "\",\"anonymous\":false,\"opensAt\":\""
                + now.minusHours(1) + "\",\"closesAt\":\"" + now.plusDays(7) + "\",\"questions\":[{\"kind\":\"SINGLE_CHOICE\","
                + "\"prompt\":\"Useful?\",\"options\":[\"Yes\",\"No\"]}]}");
        assertEquals(201, survey.status(), survey.body());
        surveyId = survey.object().getJsonNumber("id").longValue();

        String summitTitle = "Access summit " + tag;
        Api.Answer summit = secretariat().post("/api/summits", "{\"title\":\"" + summitTitle + "\",\"startsAt\":\"2031-03-11T09:00:00-05:00\","
                + "\"endsAt\":\"2031-03-11T12:00:00-05:00\",\"venue\":\"Union Depot, Saint Paul\",\"capacity\":200,"
                + "\"rsvpDeadline\":\"2031-03-04T17:00:00-05:00\"}");
        assertEquals(201, summit.status(), summit.body());
        summitId = summit.object().getJsonNumber("id").longValue();
        assertEquals(201, secretariat().post("/api/summits/" + summitId + "/agenda/items", "{\"title\":\"Access review\","
                + "\"topic\":\"Cybersecurity\",\"presenter\":\"Ingrid Solberg\",\"minutes\":40,\"sharing\":\"TLP_AMBER\"}").status());
        assertEquals(200, secretariat().post("/api/summits/" + summitId + "/agenda/submission", "").status());
        NewMembers.boardApproves(base, "/api/summits/" + summitId + "/agenda/votes", vote -> vote.getString("agendaStatus").equals("APPROVED"));
        Api.Answer published = secretariat().post("/api/summits/" + summitId + "/agenda/publication", "");
        assertEquals(200, published.status(), published.body());

        byDecision = holder(decided.id(), decided.email(), decided.password(), surveyTitle, summitTitle);
        byTransition = holder(transitioned.id(), transitioned.email(), transitioned.password(), surveyTitle, summitTitle);
        byBoardVote = holder(votedId, votedEmail, Deployments.DEMO_PASSWORD, surveyTitle, summitTitle);
    }

    private Holder holder(long id, String email, String password, String surveyTitle, String summitTitle) {
        String survey = token(Mailbox.link(Mailbox.await(mail, email, "Short survey: " + surveyTitle), "http://steward.test/survey/"));
        String rsvp = token(Mailbox.link(Mailbox.await(mail, email, "Invitation: " + summitTitle), "http://steward.test/rsvp/"));
        assertEquals(202, secretariat().post("/api/contact-confirmations", "{\"memberId\":" + id + "}").status());
        String contact = token(Mailbox.link(Mailbox.await(mail, email, "please confirm your contact details"),
                "http://steward.test/contact.xhtml?token="));
        PageClient session = new PageClient(base).signIn(email, password);
        Holder holder = new Holder(id, email, password, session, survey, rsvp, contact);
        assertOpen(holder);
        return holder;
    }

    private static String token(String link) {
        return link.substring(Math.max(link.lastIndexOf('/'), link.lastIndexOf('=')) + 1);
    }

    /** Before: every way in works, so the checks after the status change can fail. */
    private void assertOpen(Holder h) {
        assertEquals(200, h.session().get("/dashboard.xhtml").statusCode(), "the open session reaches a page");
        assertEquals(200, Api.as(base, h.email(), h.password()).get("/api/members/me").status(), "HTTP Basic works");
        assertTrue(Api.anonymous(base).text("/survey.xhtml?token=" + h.surveyToken()).body().contains("id=\"answers\""),
                "the survey link offers the form");
        assertFalse(Api.anonymous(base).text("/rsvp.xhtml?token=" + h.rsvpToken()).body().contains("id=\"unknown\""),
                "the RSVP link works");
        assertEquals(200, Api.anonymous(base).get("/api/contact-confirmations/" + h.contactToken()).status(),
                "the contact link works");
    }

    /** After: nothing lets the member in, and nothing sent through a link changes anything. */
    private void assertClosed(Holder h, String path) {
        assertThrows(AssertionError.class, () -> new PageClient(base).signIn(h.email(), h.password()),
                path + ": signing in is refused");

        HttpResponse<String> page = h.session().get("/dashboard.xhtml");
        assertEquals(302, page.statusCode(), path + ": the open session's next page request is turned away");
        assertTrue(page.headers().firstValue("Location").orElse("").contains("/login.xhtml"),
                path + ": to the login page, not " + page.headers().firstValue("Location"));
        assertEquals(302, h.session().get("/member/profile.xhtml").statusCode(), path + ": and stays turned away");

        assertEquals(401, Api.as(base, h.email(), h.password()).get("/api/members/me").status(), path + ": HTTP Basic gives 401");

        assertTrue(Api.anonymous(base).text("/survey.xhtml?token=" + h.surveyToken()).body().contains("id=\"unknown\""),
                path + ": the survey link says it no longer works");
        Api.anonymous(base).send("POST", "/survey/" + h.surveyToken(), "application/x-www-form-urlencoded", "questions=1&q0=Yes");
        assertTrue(secretariat().get("/api/surveys/" + surveyId + "/responses").array().stream().map(v -> v.asJsonObject())
                .noneMatch(r -> !r.isNull("memberId") && r.getJsonNumber("memberId").longValue() == h.id()),
                path + ": an answer posted to the survey link is not recorded");

        assertTrue(Api.anonymous(base).text("/rsvp.xhtml?token=" + h.rsvpToken()).body().contains("id=\"unknown\""),
                path + ": the RSVP link says it no longer works");
        Api.anonymous(base).send("POST", "/rsvp/" + h.rsvpToken(), "application/x-www-form-urlencoded", "response=YES");
        assertTrue(secretariat().get("/api/summits/" + summitId + "/rsvps").array().stream().map(v -> v.asJsonObject())
                .noneMatch(r -> r.getJsonNumber("memberId").longValue() == h.id()), path + ": an answer posted to the RSVP link is not recorded");

        assertEquals(404, Api.anonymous(base).get("/api/contact-confirmations/" + h.contactToken()).status(),
                path + ": the contact link no longer works");
        assertEquals(404, Api.anonymous(base).send("POST", "/api/contact-confirmations/" + h.contactToken(), null, null).status(),
                path + ": confirming through it changes nothing");
        assertTrue(Api.anonymous(base).text("/contact.xhtml?token=" + h.contactToken()).body().contains("id=\"unknown\""),
                path + ": the contact page says so");
    }

    @Test
    void aStatusDecisionByTheSecretariatClosesEveryWayIn() {
        prepare();
        Api.Answer lapsed = secretariat().post("/api/members/" + byDecision.id() + "/status",
                "{\"status\":\"LAPSED\",\"reason\":\"Access test: no longer with the partnership\"}");
        assertEquals(200, lapsed.status(), lapsed.body());
        assertEquals("LAPSED", lapsed.object().getString("status"));
        assertClosed(byDecision, "status decision");
    }

    @Test
    void aTransitionClosesEveryWayIn() {
        prepare();
        Api.Answer resigned = secretariat().post("/api/members/" + byTransition.id() + "/transitions",
                "{\"type\":\"RESIGNED\",\"effectiveDate\":\"" + LocalDate.now(java.time.ZoneId.of("America/Chicago")) + "\"}");
        assertEquals(200, resigned.status(), resigned.body());
        assertEquals("RESIGNED", resigned.object().getString("status"));
        assertClosed(byTransition, "transition");
    }

    @Test
    void theBoardsVoteOnAComplianceProposalClosesEveryWayIn() {
        prepare();
        JsonObject decided = NewMembers.boardApproves(base, "/api/compliance/proposals/" + proposalId + "/votes",
                vote -> !vote.getString("status").equals("PENDING"));
        assertEquals("APPROVED", decided.getString("status"));
        assertEquals("LAPSED", secretariat().get("/api/members/" + byBoardVote.id()).object().getString("status"));
        assertClosed(byBoardVote, "board vote");
    }
}
