package org.partnershipsteward.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * Members' obligations end to end: a period closed on demand warns who fell short (mail) and puts status
 * changes to the board (queue, majority vote); surveys answered by link and by API; anonymity; refusals.
 * Uses the periods of 2023, which the demo leaves open and no other test closes, and derives every
 * expectation from the API (other test classes change demo members).
 */
@ExtendWith(Server.class)
class ObligationsIT {

    @RegisterExtension
    static GreenMailExtension mail = Mailbox.server();

    @Server.Url
    URL base;

    private static Browser browser;

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private Api secretariat() {
        return Api.as(base, Deployments.SECRETARIAT, Deployments.DEMO_PASSWORD);
    }

    private Api as(String email) {
        return Api.as(base, email, Deployments.DEMO_PASSWORD);
    }

    private List<String> seatedBoard() {
        return NewMembers.seatedBoard(base);
    }

    private long summit(String title, String date) {
        Api.Answer created = secretariat().post("/api/summits", "{\"title\":\"" + title + "\",\"startsAt\":\"" + date
                + "T09:00:00-05:00\",\"endsAt\":\"" + date + "T12:00:00-05:00\",\"venue\":\"Union Depot, Saint Paul\","
                + "\"capacity\":80,\"rsvpDeadline\":\"" + date + "T08:00:00-05:00\"}");
        assertEquals(201, created.status(), created.body());
        return created.object().getJsonNumber("id").longValue();
    }

    private void checkIn(long summitId, long memberId) {
        Api.Answer checked = secretariat().post("/api/summits/" + summitId + "/attendance", "{\"memberId\":" + memberId + "}");
        assertTrue(checked.status() == 200 || checked.status() == 201, checked.body());
    }

    private JsonObject standing(String period, long memberId) {
        Api.Answer report = secretariat().get("/api/compliance?period=" + period);
        assertEquals(200, report.status(), report.body());
        return report.array().stream().map(v -> v.asJsonObject())
                .filter(s -> s.getJsonNumber("memberId").longValue() == memberId).findFirst().orElseThrow();
    }

    private static String survey(String title, OffsetDateTime opens, OffsetDateTime closes, boolean anonymous) {
        return "{\"title\":\"" + title + "\",\"anonymous\":" + anonymous + ",\"opensAt\":\"" + opens + "\",\"closesAt\":\""
                + closes + "\",\"questions\":[{\"kind\":\"SINGLE_CHOICE\",\"prompt\":\"Was the last summit useful?\","
                + "\"options\":[\"Yes\",\"No\"]},{\"kind\":\"MULTIPLE_CHOICE\",\"prompt\":\"Topics for next time\","
                + "\"options\":[\"Cybersecurity\",\"Insider threat\",\"Drones\"]},{\"kind\":\"SCALE\",\"prompt\":\"How well informed do you feel?\","
                + "\"min\":1,\"max\":5},{\"kind\":\"FREE_TEXT\",\"prompt\":\"Anything else?\"}]}";
    }

    @Test
    void closingPeriodsWarnsWhoFellShortAndPutsStatusChangesToTheBoardsMajority() {
        Set<String> board = Set.copyOf(seatedBoard());
        // members who attended nothing in 2023 so far (no other test and no demo summit touches 2023)
        Set<Long> attended2023 = new java.util.HashSet<>();
        for (String period : List.of("2023-H1", "2023-H2")) {
            secretariat().get("/api/compliance?period=" + period).array().stream().map(v -> v.asJsonObject())
                    .filter(s -> s.getInt("attended") > 0).forEach(s -> attended2023.add(s.getJsonNumber("memberId").longValue()));
        }
        List<JsonObject> candidates = secretariat().get("/api/members?status=ACTIVE").array().stream().map(v -> v.asJsonObject())
                .filter(m -> m.getString("joinedOn").compareTo("2023-01-01") < 0 && !board.contains(m.getString("email"))
                        && !attended2023.contains(m.getJsonNumber("id").longValue()))
                .toList();
        assertTrue(candidates.size() >= 4, "four long-standing active members who hold no seat");
        JsonObject attender = candidates.get(0);
        JsonObject absent = candidates.get(1);
        JsonObject excused = candidates.get(2);
        long attenderId = attender.getJsonNumber("id").longValue();
        long absentId = absent.getJsonNumber("id").longValue();
        long excusedId = excused.getJsonNumber("id").longValue();
        long delegatedId = candidates.get(3).getJsonNumber("id").longValue();

        String tag = UUID.randomUUID().toString().substring(0, 6);
        long spring = summit("Obligations spring 2023 " + tag, "2023-03-14");
        summit("Obligations fall 2023 " + tag, "2023-09-19");
        checkIn(spring, attenderId);
        Api.Answer delegate = secretariat().post("/api/summits/" + spring + "/attendance", "{\"memberId\":" + delegatedId
                + ",\"delegate\":true}");
        assertEquals(201, delegate.status(), delegate.body());
        Api.Answer pastSurvey = secretariat().post("/api/surveys", survey("Fall 2023 pulse " + tag,
                OffsetDateTime.parse("2023-10-02T08:00:00-05:00"), OffsetDateTime.parse("2023-10-16T17:00:00-05:00"), false));
        assertEquals(201, pastSurvey.status(), pastSurvey.body());

        JsonObject attended = standing("2023-H1", attenderId);
        assertEquals(1, attended.getInt("attended"));
        assertEquals(1, attended.getInt("requiredAttendances"));
        assertEquals(Set.of("memberId", "attended", "requiredAttendances", "surveysAnswered", "surveysIssued",
                "bylawsAcknowledged", "compliant", "reasons"), attended.keySet(), "the fields of the API contract");
        assertEquals(attended.getBoolean("bylawsAcknowledged"), attended.getBoolean("compliant"),
                "attending settles attendance; only the acknowledgement can still be missing");
        JsonObject missed = standing("2023-H1", absentId);
        assertEquals(0, missed.getInt("attended"));
        assertFalse(missed.getBoolean("compliant"));
        assertTrue(missed.getJsonArray("reasons").getString(0).contains("Attended 0 of the 1 required summit"), missed.toString());
        JsonObject delegated = standing("2023-H1", delegatedId);
        assertEquals(0, delegated.getInt("attended"), "under the TCSP bylaws a delegate's attendance does not count");
        assertTrue(delegated.getJsonArray("reasons").getString(0).contains("delegate"), delegated.toString());
        JsonObject fall = standing("2023-H2", absentId);
        assertEquals(0, fall.getInt("surveysIssued"), "a survey entered after it closed was sent to no one, so no one owes it");
        assertEquals(0, fall.getInt("surveysAnswered"));

        Api.Answer excuse = secretariat().post("/api/compliance/excuses", "{\"period\":\"2023-H2\",\"memberId\":" + excusedId
                + ",\"reason\":\"On a deployment abroad\"}");
        assertEquals(201, excuse.status(), excuse.body());
        assertEquals(409, secretariat().post("/api/compliance/excuses", "{\"period\":\"2023-H2\",\"memberId\":" + excusedId
                + ",\"reason\":\"Again\"}").status());
        assertEquals(400, secretariat().post("/api/compliance/excuses", "{\"period\":\"2023-H2\",\"memberId\":" + excusedId
                + "}").status(), "an excuse needs its reason");
        assertTrue(standing("2023-H2", excusedId).getBoolean("compliant"), "an excused member is compliant");

        Api.Answer badPeriod = secretariat().post("/api/compliance/closures", "{\"period\":\"2023-H3\"}");
        assertEquals(400, badPeriod.status());
        assertTrue(badPeriod.isProblem());
        assertEquals(409, secretariat().post("/api/compliance/closures", "{\"period\":\"2031-H1\"}").status(),
                "a period that has not ended cannot be closed");
        Api.Answer closed = secretariat().post("/api/compliance/closures", "{\"period\":\"2023-H1\"}");
        assertEquals(200, closed.status(), closed.body());
        assertTrue(closed.object().getInt("warned") >= 1);
        assertEquals(409, secretariat().post("/api/compliance/closures", "{\"period\":\"2023-H1\"}").status(),
                "a period closes once");
        Api.Answer closedFall = secretariat().post("/api/compliance/closures", "{\"period\":\"2023-H2\"}");
        assertEquals(200, closedFall.status(), closedFall.body());
        assertTrue(secretariat().get("/api/compliance/closures").array().getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList().containsAll(List.of("2023-H1", "2023-H2")));

        MimeMessage warning = Mailbox.await(mail, absent.getString("email"), "Your membership obligations for 2023-H1");
        assertTrue(Mailbox.body(warning).contains("Attended 0 of the 1 required summit"));
        Mailbox.await(mail, absent.getString("email"), "Your membership obligations for 2023-H2");
        boolean attenderCompliant = attended.getBoolean("compliant");
        if (!attenderCompliant) {
            MimeMessage attenderWarning = Mailbox.await(mail, attender.getString("email"), "obligations for 2023-H1");
            assertFalse(Mailbox.body(attenderWarning).contains("Attended 0"), "attending settled attendance; "
                    + "the warning is about the bylaws acknowledgement only");
        }
        assertEquals(attenderCompliant, Mailbox.find(mail, attender.getString("email"), "obligations for 2023-H1").isEmpty(),
                "a member who attended is warned exactly when not compliant (" + attended + ")");
        assertTrue(Mailbox.find(mail, excused.getString("email"), "obligations for 2023-H2").isEmpty(),
                "an excused member gets no warning");

        String voter = seatedBoard().get(0);
        List<JsonObject> pending = as(voter).get("/api/compliance/proposals?status=PENDING").array().stream()
                .map(v -> v.asJsonObject()).toList();
        JsonObject proposal = pending.stream().filter(p -> p.getJsonNumber("memberId").longValue() == absentId
                && p.getString("period").equals("2023-H2")).findFirst()
                .orElseThrow(() -> new AssertionError("no proposal for the member who missed two half-years: " + pending));
        assertEquals("ACTIVE", proposal.getString("fromStatus"));
        assertEquals("AT_RISK", proposal.getString("toStatus"));
        assertTrue(pending.stream().noneMatch(p -> p.getJsonNumber("memberId").longValue() == excusedId
                && p.getString("period").equals("2023-H2")),
                "an excused period breaks the run of missed periods");
        assertEquals("ACTIVE", secretariat().get("/api/members/" + absentId).object().getString("status"),
                "nothing changes before the board decides");
        String absentName = absent.getString("firstName") + " " + absent.getString("lastName");
        var handover = secretariat().get("/api/handover").array().stream().map(v -> v.asJsonObject())
                .filter(section -> section.getString("key").equals("compliance")).findFirst().orElseThrow();
        assertTrue(handover.getJsonArray("items").stream().map(v -> v.asJsonObject())
                .anyMatch(i -> i.getString("title").startsWith(absentName + ": Active → At risk")
                        && i.getString("link").equals("/board/queue.xhtml")),
                "the proposal is an open case on the secretariat's hand-over view: " + handover);

        long proposalId = proposal.getJsonNumber("id").longValue();
        assertEquals(403, secretariat().post("/api/compliance/proposals/" + proposalId + "/votes", "{\"decision\":\"APPROVE\"}").status());
        assertEquals(400, as(voter).post("/api/compliance/proposals/" + proposalId + "/votes", "{\"decision\":\"MAYBE\"}").status());
        List<String> seated = seatedBoard();
        JsonObject decided = null;
        for (String member : seated) {
            Api.Answer vote = as(member).post("/api/compliance/proposals/" + proposalId + "/votes", "{\"decision\":\"APPROVE\"}");
            assertEquals(200, vote.status(), vote.body());
            decided = vote.object();
            if (!decided.getString("status").equals("PENDING")) {
                break;
            }
        }
        assertNotNull(decided);
        assertEquals("APPROVED", decided.getString("status"));
        assertEquals(seated.size() / 2 + 1, decided.getJsonObject("votes").size(), "a majority of the seated board decides");
        assertEquals("AT_RISK", secretariat().get("/api/members/" + absentId).object().getString("status"));

        Api.Answer csv = secretariat().text("/api/compliance/export?period=2023-H1");
        assertEquals(200, csv.status());
        assertTrue(csv.contentType().startsWith("text/csv"));
        assertTrue(csv.body().contains(absent.getString("email")));
    }

    @Test
    void surveysAreAnsweredOnceByLinkOrApiAndAnonymousAnswersKeepNoMemberLink() {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
        String title = "Pulse " + UUID.randomUUID().toString().substring(0, 6);
        Api.Answer created = secretariat().post("/api/surveys", survey(title, now.minusHours(1), now.plusDays(7), true));
        assertEquals(201, created.status(), created.body());
        long id = created.object().getJsonNumber("id").longValue();
        assertTrue(created.object().getBoolean("open"));

        MimeMessage invitation = Mailbox.await(mail, Deployments.MEMBER, "Short survey: " + title);
        String link = Mailbox.link(invitation, "http://steward.test/survey/");
        String path = link.substring("http://steward.test".length());
        Api.Answer scanned = Api.anonymous(base).get(path);
        assertEquals(302, scanned.status(), "a GET shows the page and records nothing");
        assertEquals(0, secretariat().get("/api/surveys/" + id + "/results").object().getInt("participants"));
        Api.Answer page = Api.anonymous(base).text("/survey.xhtml?token=" + path.substring("/survey/".length()));
        assertEquals(200, page.status());
        assertTrue(page.body().contains("Topics for next time"), "the link's page shows the questions");

        Api.Answer wrong = Api.anonymous(base).send("POST", path, "application/x-www-form-urlencoded",
                "questions=4&q0=Perhaps&q2=3");
        assertEquals(302, wrong.status());
        assertEquals(0, secretariat().get("/api/surveys/" + id + "/results").object().getInt("participants"),
                "an invalid answer stores nothing");
        Api.Answer answered = Api.anonymous(base).send("POST", path, "application/x-www-form-urlencoded",
                "questions=4&q0=Yes&q1=Cybersecurity&q1=Drones&q2=4&q3=More+on+drones");
        assertEquals(302, answered.status());
        assertEquals(1, secretariat().get("/api/surveys/" + id + "/results").object().getInt("participants"));

        String voter = seatedBoard().stream().filter(e -> !e.equals(Deployments.MEMBER)).findFirst().orElseThrow();
        Api.Answer bad = as(voter).post("/api/surveys/" + id + "/responses", "{\"answers\":[\"Yes\",[\"Nope\"],9,null]}");
        assertEquals(400, bad.status());
        assertTrue(bad.isProblem());
        Api.Answer byApi = as(voter).post("/api/surveys/" + id + "/responses",
                "{\"answers\":[\"No\",[\"Insider threat\"],2,null]}");
        assertEquals(201, byApi.status(), byApi.body());
        assertEquals(409, as(voter).post("/api/surveys/" + id + "/responses",
                "{\"answers\":[\"No\",[\"Insider threat\"],2,null]}").status(), "one answer per member");
        assertEquals(409, as(Deployments.MEMBER).post("/api/surveys/" + id + "/responses",
                "{\"answers\":[\"No\",[\"Insider threat\"],2,null]}").status(), "the link's answer counts as the member's");

        JsonObject results = as(voter).get("/api/surveys/" + id + "/results").object();
        assertEquals(2, results.getInt("participants"));
        JsonObject first = results.getJsonArray("questions").getJsonObject(0);
        assertEquals(1, first.getJsonObject("counts").getInt("Yes"));
        assertEquals(1, first.getJsonObject("counts").getInt("No"));
        assertEquals(3.0, results.getJsonArray("questions").getJsonObject(2).getJsonNumber("average").doubleValue(), 0.001);
        assertEquals(List.of("More on drones"), results.getJsonArray("questions").getJsonObject(3).getJsonArray("texts")
                .getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());

        var stored = secretariat().get("/api/surveys/" + id + "/responses").array();
        assertEquals(2, stored.size());
        assertTrue(stored.stream().allMatch(r -> !r.asJsonObject().containsKey("memberId")
                || r.asJsonObject().isNull("memberId")), "an anonymous survey's answers carry no member: " + stored);

        Api.Answer named = secretariat().post("/api/surveys", survey("Named " + title, now.minusHours(1), now.plusDays(7), false));
        long namedId = named.object().getJsonNumber("id").longValue();
        assertEquals(201, as(voter).post("/api/surveys/" + namedId + "/responses", "{\"answers\":[\"Yes\",[\"Drones\"],5,\"\"]}").status());
        var namedStored = secretariat().get("/api/surveys/" + namedId + "/responses").array();
        assertFalse(namedStored.getJsonObject(0).isNull("memberId"), "a named survey's answer names the member");

        assertEquals(403, as(Deployments.MEMBER).get("/api/surveys/" + id + "/results").status());
        assertEquals(403, as(Deployments.MEMBER).post("/api/surveys", survey("x", now, now.plusDays(1), false)).status());
        assertEquals(400, secretariat().post("/api/surveys", "{\"title\":\"Empty\",\"questions\":[],\"opensAt\":\""
                + now + "\",\"closesAt\":\"" + now.minusDays(1) + "\"}").status());
        assertEquals(403, secretariat().post("/api/surveys/" + id + "/responses", "{\"answers\":[]}").status(),
                "the secretariat does not answer for members");
    }

    @Test
    void complianceIsForTheSecretariatAndBoardOnly() {
        Api.Answer member = as(Deployments.MEMBER).get("/api/compliance?period=2026-H1");
        assertEquals(403, member.status());
        assertEquals(401, Api.anonymous(base).get("/api/compliance?period=2026-H1").status());
        assertEquals(401, Api.anonymous(base).get("/api/surveys").status());
        assertEquals(403, as(Deployments.MEMBER).post("/api/compliance/closures", "{\"period\":\"2023-H1\"}").status());
        assertEquals(403, as(Deployments.MEMBER).get("/api/compliance/proposals").status());
        Api.Answer bad = secretariat().get("/api/compliance?period=2026-X1");
        assertEquals(400, bad.status());
        assertTrue(bad.isProblem(), bad.contentType());
        assertTrue(bad.body().contains("2026-H1"), "the problem says how to write a period: " + bad.body());
        assertEquals(400, secretariat().get("/api/compliance").status());
        assertEquals(200, as(seatedBoard().get(0)).get("/api/compliance?period=2026-H1").status());
        Api.Answer mine = as(Deployments.MEMBER).get("/api/compliance/me");
        assertTrue(mine.status() == 200 || mine.status() == 204, mine.body());
    }

    @Test
    void theSecretariatReadsComplianceAndTheBoardSeesASurveysChart() {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
        String title = "Chart " + UUID.randomUUID().toString().substring(0, 6);
        long id = secretariat().post("/api/surveys", survey(title, now.minusHours(1), now.plusDays(7), false)).object()
                .getJsonNumber("id").longValue();
        String voter = seatedBoard().get(0);
        assertEquals(201, as(voter).post("/api/surveys/" + id + "/responses", "{\"answers\":[\"Yes\",[\"Drones\"],4,null]}").status());

        if (browser == null) {
            browser = new Browser(base);
        }
        browser.signIn(Deployments.SECRETARIAT, Deployments.DEMO_PASSWORD);
        browser.open("/members/compliance.xhtml");
        browser.type("compliance:period", "2025-H2");
        browser.click("compliance:show");
        browser.waitForText(By.id("summary"), "fell short in 2025-H2");
        assertTrue(browser.text().contains("Attended 0 of the 1 required summit"), "the reasons are listed");
        // 2025-H2 is closed (demo history): no excuses any more; the current half-year is open
        assertFalse(browser.has(By.xpath("//button[contains(@id, ':choose')]")), "a closed period offers no excuse");
        String current = now.getYear() + (now.getMonthValue() <= 6 ? "-H1" : "-H2");
        browser.type("compliance:period", current);
        // the shared server holds other classes' members too: show only who fell short, as a secretariat would
        browser.click(By.xpath("//div[@id='compliance:onlyShort']//div[contains(@class,'ui-chkbox-box')]"));
        browser.click("compliance:show");
        browser.waitForText(By.id("summary"), "fell short in " + current);
        // the secretariat excuses a member who fell short from their row, with the reason
        browser.click(By.xpath("(//button[contains(@id, ':choose')])[1]"));
        String excusedName = browser.waitFor(By.cssSelector("[id='compliance:excusePanel'] h2")).getText()
                .replace("Excuse ", "").replace(" for " + current, "");
        browser.type("compliance:excuseReason", "Deployed abroad");
        browser.click("compliance:excuse");
        browser.waitForText(By.id("compliance:messages"), "Excused for " + current + ": " + excusedName);
        // the list shows only who fell short (the shared server's other members fill its pages): the excused member
        // has left it, and the report counts them as excused, not short
        assertFalse(browser.waitFor(By.id("compliance:standings")).getText().contains(excusedName),
                "the excused member no longer falls short");
        String[] name = excusedName.split(", ");
        long excusedId = secretariat().get("/api/members").array().stream().map(v -> v.asJsonObject())
                .filter(m -> m.getString("lastName").equals(name[0]) && m.getString("firstName").equals(name[1]))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
        assertTrue(secretariat().get("/api/compliance?period=" + current).array().stream().map(v -> v.asJsonObject())
                .filter(s -> s.getJsonNumber("memberId").longValue() == excusedId).findFirst().orElseThrow()
                .getBoolean("compliant"), "the report counts the excused member as meeting the obligations");
        browser.signOut();

        browser.signIn(voter, Deployments.DEMO_PASSWORD);
        browser.open("/members/surveys.xhtml?id=" + id);
        browser.waitForText(By.id("participation"), "1 of");
        browser.waitFor(By.cssSelector("#surveys canvas"));
        assertTrue(browser.text().contains("Mean: 4.0"), "the scale's mean is shown");
        browser.signOut();

        browser.signIn(Deployments.MEMBER, Deployments.DEMO_PASSWORD);
        browser.open("/dashboard.xhtml");
        browser.waitForText(By.id("myStanding"), "this period (");
        browser.click(By.xpath("//form[@id='mySurveys']//p[contains(., '" + title + "')]//button"));
        browser.waitFor(By.id("answers"));
        browser.click("q0-0");
        browser.click("q1-2");
        browser.click("q2-3");
        browser.click("send");
        browser.waitForText(By.id("answered"), "Thank you");
        assertEquals(2, secretariat().get("/api/surveys/" + id + "/results").object().getInt("participants"),
                "the member answered from the portal");
        browser.signOut();
    }
}
