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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.partnershipsteward.it.Admissions.Admitted;

/**
 * Decisions taken under a row lock must count the rows as they are when the lock is held, not as they were when
 * the transaction first read something (issue 15: on MySQL/MariaDB at REPEATABLE READ, 12 members answering YES
 * at once from their invitation links took all 12 of 5 seats). Every answer here starts at the same moment; the
 * figures must hold on H2 and on MariaDB (docs/adr/0005-read-committed.md).
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
        List<Admitted> crowd = Admissions.admit(base, CROWD, "rush");
        String password = "concurrency-passphrase-" + UUID.randomUUID().toString().substring(0, 6);
        for (Admitted member : crowd) {
            choosePassword(member.email(), password);
        }
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
        List<String> board = Admissions.seatedBoard(base);
        for (String voter : board) { // signed in once before: the votes below are not spread out by password hashing
            assertEquals(200, as(voter).get("/api/applications/" + id).status());
        }

        List<Api.Answer> votes = all(board.stream().<Callable<Api.Answer>>map(voter -> () ->
                as(voter).post("/api/applications/" + id + "/votes", "{\"decision\":\"APPROVE\"}")).toList());
        // a vote that comes after the majority decided finds the application closed (409)
        votes.forEach(v -> assertTrue(v.status() == 200 || v.status() == 409, v.status() + " " + v.body()));

        JsonObject decided = secretariat().get("/api/applications/" + id).object();
        System.out.println("ConcurrencyIT application " + id + ": " + decided.getString("status") + " after "
                + votes.stream().filter(v -> v.status() == 200).count() + " accepted votes of " + board.size());
        assertEquals("APPROVED", decided.getString("status"), "all " + board.size() + " seated members approved: " + decided);
        assertEquals(1, secretariat().get("/api/members?status=ACTIVE").array().stream()
                .filter(m -> m.asJsonObject().getString("email").equals(email)).count(), "one member admitted");
        Mailbox.await(mail, email, "Welcome");
        Thread.sleep(3000); // the relay sends every second: a second welcome would have come
        assertEquals(1, Mailbox.find(mail, email, "Welcome").size(), "one welcome mail");
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
