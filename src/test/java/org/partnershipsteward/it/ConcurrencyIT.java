package org.partnershipsteward.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.partnershipsteward.it.Admissions.Admitted;

/**
 * Decisions taken under a row lock must count the rows as they are when the lock is held, not as they were when
 * the transaction first read something (issue 15: on MySQL/MariaDB at REPEATABLE READ, 12 members answering YES
 * at once from their invitation links took all 12 of 5 seats). Every answer and vote here starts at the same moment:
 * RSVPs through the invitation links, the API and the portal's page, declines that promote from the waitlist, and the
 * whole board voting on an application, an agenda and a status proposal. The figures must hold on H2 and on MariaDB
 * (docs/adr/0005-read-committed.md).
 */
@ExtendWith(Server.class)
class ConcurrencyIT {

    private static final int SEATS = 5;
    private static final int CROWD = 12;

    @RegisterExtension
    static GreenMailExtension mail = Mailbox.server();

    @Server.Url
    URL base;

    private Api secretariat() {
        return Api.as(base, Deployments.SECRETARIAT, Deployments.DEMO_PASSWORD);
    }

    private Api as(String email) {
        return Api.as(base, email, Deployments.DEMO_PASSWORD);
    }

    @Test
    void theServerTalksToTheDatabaseAtReadCommitted() throws Exception {
        JsonObject ready = Api.anonymous(base.toURI().resolve("/").toURL()).get("/health/ready").object();
        JsonObject data = ready.getJsonArray("checks").stream().map(c -> c.asJsonObject())
                .filter(c -> c.getString("name").equals("database")).findFirst().orElseThrow().getJsonObject("data");
        assertEquals("READ-COMMITTED", data.getString("isolation"),
                "the isolation the application's pool hands out, as the database reports it: " + data);
    }

    @Test
    void twelveYesAnswersFromInvitationLinksAtOnceFillFiveSeatsAndWaitlistSeven() throws Exception {
        Invited invited = invitedCrowd("Link rush");
        long id = invited.summitId();
        List<String> links = invited.links();

        all(links.stream().<Callable<Api.Answer>>map(link -> () -> answer(link, "YES")).toList())
                .forEach(ConcurrencyIT::assertRecorded);

        assertSeats(id, CROWD, SEATS, CROWD - SEATS);
    }

    @Test
    void twelveYesAnswersThroughTheApiAtOnceFillFiveSeatsAndWaitlistSeven() throws Exception {
        String password = "concurrency-passphrase-" + UUID.randomUUID().toString().substring(0, 6);
        List<Admitted> crowd = crowdWithPassword("rush", password);
        String title = "API rush " + UUID.randomUUID().toString().substring(0, 6);
        long id = SummitFixtures.summit(base, title, SEATS);
        for (Admitted member : crowd) { // signed in once before: the answers below are not spread out by password hashing
            assertEquals(200, Api.as(base, member.email(), password).get("/api/summits/" + id).status());
        }

        List<Api.Answer> answers = all(crowd.stream().<Callable<Api.Answer>>map(member -> () ->
                Api.as(base, member.email(), password).put("/api/summits/" + id + "/rsvp", "{\"response\":\"YES\"}")).toList());
        answers.forEach(a -> assertEquals(200, a.status(), a.body()));

        assertSeats(id, CROWD, SEATS, CROWD - SEATS);
    }

    @Test
    void declinesWhileOthersAnswerPromoteFromTheWaitlistWithoutGivingAwayMoreSeats() throws Exception {
        Invited invited = invitedCrowd("Waitlist churn");
        long id = invited.summitId();
        List<String> links = invited.links();
        // the first seven answer one after the other: five seats taken, two waiting
        for (int i = 0; i < 7; i++) {
            assertRecorded(answer(links.get(i), "YES"));
        }
        assertSeats(id, 7, SEATS, 2);

        // then three of the confirmed decline while the other five answer YES, all at once
        List<Callable<Api.Answer>> moves = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String link = links.get(i);
            moves.add(() -> answer(link, "NO"));
        }
        for (int i = 7; i < CROWD; i++) {
            String link = links.get(i);
            moves.add(() -> answer(link, "YES"));
        }
        all(moves).forEach(ConcurrencyIT::assertRecorded);

        JsonArray rsvps = assertSeats(id, CROWD, SEATS, CROWD - SEATS - 3);
        assertEquals(3, rsvps.stream().filter(r -> r.asJsonObject().getString("status").equals("DECLINED")).count());
    }

    @Test
    void theWholeBoardApprovingAnApplicationAtOnceDecidesItOnceAndAdmitsOneMember() throws Exception {
        long organizationId = Admissions.organizationId(base);
        String email = "ballot." + UUID.randomUUID().toString().substring(0, 6) + "@applicant.test";
        Api.Answer applied = Api.anonymous(base).post("/api/applications", "{\"firstName\":\"Ballot\",\"lastName\":\"Rush\","
                + "\"email\":\"" + email + "\",\"title\":\"Chief Security Officer\",\"organizationId\":" + organizationId
                + ",\"criterion\":\"SECURITY_PRACTITIONER\"}");
        assertEquals(201, applied.status(), applied.body());
        long id = applied.object().getJsonNumber("id").longValue();
        List<String> board = NewMembers.seatedBoard(base);
        List<Api.Answer> votes = wholeBoardApproves(board, "/api/applications/" + id, "/api/applications/" + id + "/votes");
        // a vote that comes after the majority decided finds the application closed (409)
        votes.forEach(v -> assertTrue(v.status() == 200 || v.status() == 409, v.status() + " " + v.body()));

        JsonObject decided = secretariat().get("/api/applications/" + id).object();
        System.out.println("ConcurrencyIT application " + id + ": " + decided.getString("status") + " after "
                + votes.stream().filter(v -> v.status() == 200).count() + " accepted votes of " + board.size());
        assertExactlyTheMajorityDecided("application " + id, votes, board.size());
        assertEquals("APPROVED", decided.getString("status"), "all " + board.size() + " seated members approved: " + decided);
        assertEquals(1, secretariat().get("/api/members?status=ACTIVE").array().stream()
                .filter(m -> m.asJsonObject().getString("email").equals(email)).count(), "one member admitted");
        Mailbox.await(mail, email, "Welcome");
        Thread.sleep(3000); // the relay sends every second: a second welcome would have come
        assertEquals(1, Mailbox.find(mail, email, "Welcome").size(), "one welcome mail");
    }

    @Test
    void theWholeBoardApprovingAnAgendaAtOnceApprovesItOnceWithExactlyTheMajoritysVotes() throws Exception {
        long id = SummitFixtures.summit(base, "Agenda rush " + UUID.randomUUID().toString().substring(0, 6), SEATS);
        SummitFixtures.submitAgenda(base, id);
        List<String> board = NewMembers.seatedBoard(base);
        List<Api.Answer> votes = wholeBoardApproves(board, "/api/summits/" + id + "/agenda", "/api/summits/" + id + "/agenda/votes");

        assertExactlyTheMajorityDecided("agenda of summit " + id, votes, board.size());
        assertEquals("APPROVED", secretariat().get("/api/summits/" + id + "/agenda").object().getString("status"));
        assertEquals(1, decisions("Summit", id, "AGENDA_APPROVED", ""), "approved once");
    }

    @Test
    void theWholeBoardApprovingAStatusProposalAtOnceDecidesItOnceWithExactlyTheMajoritysVotes() throws Exception {
        JsonObject proposal = statusProposal();
        long id = proposal.getJsonNumber("id").longValue();
        long memberId = proposal.getJsonNumber("memberId").longValue();
        List<String> board = NewMembers.seatedBoard(base);
        List<Api.Answer> votes = wholeBoardApproves(board, "/api/compliance/proposals?status=PENDING",
                "/api/compliance/proposals/" + id + "/votes");

        assertExactlyTheMajorityDecided("status proposal " + id, votes, board.size());
        JsonObject decided = secretariat().get("/api/compliance/proposals?status=APPROVED").array().stream()
                .map(v -> v.asJsonObject()).filter(p -> p.getJsonNumber("id").longValue() == id).findFirst()
                .orElseThrow(() -> new AssertionError("proposal " + id + " is approved"));
        assertEquals(decided.getString("toStatus"), secretariat().get("/api/members/" + memberId).object().getString("status"));
        assertEquals(1, decisions("Member", memberId, "STATUS_PROPOSAL_APPROVED", "proposal " + id + " "), "decided once");
        assertEquals(1, decisions("Member", memberId, "MEMBER_STATUS_CHANGED", "proposal " + id + " "), "the status changed once");
    }

    @Test
    void twelveYesAnswersInThePortalAtOnceFillFiveSeatsAndWaitlistSeven() throws Exception {
        String password = "portal-passphrase-" + UUID.randomUUID().toString().substring(0, 6);
        List<Admitted> crowd = crowdWithPassword("portal", password);
        long id = SummitFixtures.summit(base, "Portal rush " + UUID.randomUUID().toString().substring(0, 6), SEATS);
        String page = "/summits/view.xhtml?id=" + id;
        List<Callable<HttpResponse<String>>> answers = new ArrayList<>();
        for (Admitted member : crowd) { // each member signed in, on the summit's page, about to press "I will attend"
            PageClient session = new PageClient(base).signIn(member.email(), password);
            HttpResponse<String> shown = session.get(page);
            assertEquals(200, shown.statusCode(), "the summit's page for " + member.email());
            Matcher action = FORM_ACTION.matcher(shown.body());
            assertTrue(action.find(), "the summit's form on the page");
            Map<String, String> press = new LinkedHashMap<>();
            press.put("jakarta.faces.partial.ajax", "true");
            press.put("jakarta.faces.source", "summit:yes");
            press.put("jakarta.faces.partial.execute", "summit:yes");
            press.put("jakarta.faces.partial.render", "summit");
            press.put("summit:yes", "summit:yes");
            press.put("summit", "summit");
            press.put("jakarta.faces.ViewState", PageClient.viewState(shown.body()));
            String path = action.group(1).replace("&amp;", "&");
            answers.add(() -> session.post(path, press, null));
        }

        for (HttpResponse<String> answered : all(answers)) {
            assertEquals(200, answered.statusCode());
            assertTrue(answered.body().contains("Your answer is recorded"), "the page says the answer was recorded: "
                    + answered.body().substring(0, Math.min(answered.body().length(), 1500)));
        }

        assertSeats(id, CROWD, SEATS, CROWD - SEATS);
    }

    private static final Pattern FORM_ACTION = Pattern.compile("<form id=\"summit\"[^>]*action=\"([^\"]+)\"");

    /**
     * Every vote was accepted (200) until the bylaws' majority of the seated members decided, and refused as decided
     * (409) after: exactly the majority's votes were counted, none missed under the lock and none after the decision.
     */
    private void assertExactlyTheMajorityDecided(String subject, List<Api.Answer> votes, int seated) {
        votes.forEach(v -> assertTrue(v.status() == 200 || v.status() == 409, v.status() + " " + v.body()));
        JsonObject rule = secretariat().get("/api/bylaws").object().getJsonObject("board").getJsonObject("approvalMajority");
        int n = rule.getInt("numerator");
        int d = rule.getInt("denominator");
        int needed = rule.getBoolean("strictlyMore") ? seated * n / d + 1 : (seated * n + d - 1) / d;
        long accepted = votes.stream().filter(v -> v.status() == 200).count();
        System.out.println("ConcurrencyIT " + subject + ": " + accepted + " accepted votes of " + seated + ", the majority needs " + needed);
        assertEquals(needed, accepted, "the vote that reached the majority decided " + subject + "; later votes found it decided");
    }

    /** How many audit entries of the subject record the action (with the text in their detail). */
    private long decisions(String subjectType, long subjectId, String action, String detail) {
        return secretariat().get("/api/audit?subjectType=" + subjectType + "&subjectId=" + subjectId + "&size=200").array().stream()
                .map(v -> v.asJsonObject()).filter(e -> e.getString("action").equals(action) && e.getString("detail").contains(detail))
                .count();
    }

    /**
     * A pending proposal ACTIVE to AT_RISK of a demo member who joined in 2019's first half and holds no seat: two
     * summits this class holds in 2019-H2 and 2020-H1 that the member missed, and both half-years closed (no other
     * class uses them), put the member's status to the board.
     */
    private JsonObject statusProposal() {
        String history = UUID.randomUUID().toString().substring(0, 6);
        for (String date : List.of("2019-09-20", "2020-03-12")) {
            SummitFixtures.heldOn(base, "Proposal history " + history + " " + date, date);
        }
        for (String period : List.of("2019-H2", "2020-H1")) {
            Api.Answer closed = secretariat().post("/api/compliance/closures", "{\"period\":\"" + period + "\"}");
            assertEquals(200, closed.status(), period + " closes here: " + closed.body());
        }
        List<String> candidates = List.of("security.energy@steward.example", "cso.gopher@steward.example");
        return secretariat().get("/api/compliance/proposals?status=PENDING").array().stream().map(v -> v.asJsonObject())
                .filter(p -> p.getString("toStatus").equals("AT_RISK") && candidates.contains(
                        secretariat().get("/api/members/" + p.getJsonNumber("memberId")).object().getString("email")))
                .findFirst().orElseThrow(() -> new AssertionError("closing 2019-H2 and 2020-H1 puts one of " + candidates
                        + " to the board for AT_RISK"));
    }

    /** The form on the invitation link's page, posted. */
    private Api.Answer answer(String link, String response) {
        return Api.anonymous(base).send("POST", link, "application/x-www-form-urlencoded", "response=" + response);
    }

    /** The link's page says the answer was recorded (a refusal is a redirect too, with {@code refused=true}). */
    private static void assertRecorded(Api.Answer answer) {
        assertEquals(302, answer.status());
        assertTrue(answer.location() != null && answer.location().contains("&recorded="), "recorded: " + answer.location()
                .replaceAll("token=[^&]+", "token=…"));
    }

    /** Exactly {@code confirmed} seats taken, everyone else waiting with a place of their own; returns the answers. */
    private JsonArray assertSeats(long id, int answers, int confirmed, int waitlisted) {
        JsonArray rsvps = secretariat().get("/api/summits/" + id + "/rsvps").array();
        long seated = rsvps.stream().filter(r -> r.asJsonObject().getString("status").equals("CONFIRMED")).count();
        List<Long> places = rsvps.stream().map(r -> r.asJsonObject()).filter(r -> r.getString("status").equals("WAITLISTED"))
                .map(r -> r.getJsonNumber("waitlistPosition").longValue()).toList();
        String figures = seated + " CONFIRMED, " + places.size() + " WAITLISTED at " + places + " of " + rsvps.size() + " answers";
        System.out.println("ConcurrencyIT summit " + id + ": " + figures);
        assertEquals(answers, rsvps.size(), "one answer per member: " + figures);
        assertEquals(confirmed, seated, "no more seats than the summit has: " + figures);
        assertEquals(waitlisted, places.size(), figures);
        assertEquals(places.size(), new HashSet<>(places).size(), "each waiting member has a place of their own: " + figures);
        return rsvps;
    }

    /** Runs every task in its own thread, all released at the same moment; returns their results in order. */
    private static <T> List<T> all(List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        CountDownLatch ready = new CountDownLatch(tasks.size());
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return task.call();
                }));
            }
            assertTrue(ready.await(30, TimeUnit.SECONDS));
            go.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get(120, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /** A published summit and the RSVP link (path) in each invitation to it of a crowd of new members. */
    private record Invited(long summitId, List<String> links) {
    }

    /** Admits a crowd of new members, then publishes a summit of {@code SEATS} seats; their invitations' links. */
    private Invited invitedCrowd(String name) throws Exception {
        List<Admitted> crowd = Admissions.admit(base, CROWD, "rush");
        String title = name + " " + UUID.randomUUID().toString().substring(0, 6);
        long id = SummitFixtures.published(base, title, SEATS);
        return new Invited(id, crowd.stream().map(m -> Mailbox.link(Mailbox.await(mail, m.email(), "Invitation: " + title),
                "http://steward.test/rsvp/").substring("http://steward.test".length())).toList());
    }

    /** Admits a crowd of new members, each of whom sets the password through the welcome mail. */
    private List<Admitted> crowdWithPassword(String prefix, String password) throws Exception {
        List<Admitted> crowd = Admissions.admit(base, CROWD, prefix);
        for (Admitted member : crowd) {
            choosePassword(member.email(), password);
        }
        return crowd;
    }

    /** Every seated board member, signed in once before (no vote is spread out by password hashing), approves at once. */
    private List<Api.Answer> wholeBoardApproves(List<String> board, String signedInPath, String votesPath) throws Exception {
        for (String voter : board) {
            assertEquals(200, as(voter).get(signedInPath).status());
        }
        return all(board.stream().<Callable<Api.Answer>>map(voter -> () ->
                as(voter).post(votesPath, "{\"decision\":\"APPROVE\"}")).toList());
    }

    /** Sets the member's password through the link in the welcome mail, as the member would in the browser. */
    private void choosePassword(String email, String password) {
        String link = Mailbox.link(Mailbox.await(mail, email, "Welcome"), "http://steward.test/set-password.xhtml?token=");
        String path = link.substring("http://steward.test".length());
        PageClient page = new PageClient(base);
        HttpResponse<String> form = page.get(path);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("password", "password");
        fields.put("password:token", path.substring(path.indexOf("token=") + "token=".length()));
        fields.put("password:new", password);
        fields.put("password:repeat", password);
        fields.put("password:save", "");
        fields.put("jakarta.faces.ViewState", PageClient.viewState(form.body()));
        HttpResponse<String> saved = page.post("/set-password.xhtml", fields, null);
        assertTrue(saved.statusCode() == 200 && saved.body().contains("id=\"done\""), "password set for the new member: "
                + saved.statusCode());
    }
}
