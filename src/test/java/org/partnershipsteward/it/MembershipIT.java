package org.partnershipsteward.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Membership end to end, with the exact field names and enum values of api.md: apply, pre-screen,
 * review, board votes by the bylaws majority, the new member's welcome mail, set password, sign in; and
 * the walk through the pages in headless Chromium.
 */
@ExtendWith(Server.class)
class MembershipIT {

    @RegisterExtension
    static GreenMailExtension mail = Mailbox.server();

    /** The seated board members now (demo members: they sign in with the demo password). */
    private List<String> seated;

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

    private List<String> board() {
        if (seated == null) {
            seated = NewMembers.seatedBoard(base);
        }
        return seated;
    }

    /** The bylaws' simple majority of the seated board members. */
    private int majority() {
        return board().size() / 2 + 1;
    }

    private Api board(int i) {
        return Api.as(base, board().get(i), Deployments.DEMO_PASSWORD);
    }

    private long organizationId(String name) {
        return secretariat().get("/api/organizations").array().stream().map(v -> v.asJsonObject())
                .filter(o -> o.getString("name").equals(name)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    private String application(String email, String title, String organization, String criterion) {
        return "{\"firstName\":\"Ada\",\"lastName\":\"Lovelace-" + email.hashCode() + "\",\"email\":\"" + email
                + "\",\"title\":\"" + title + "\",\"organizationId\":" + organizationId(organization)
                + ",\"criterion\":\"" + criterion + "\"}";
    }

    private static String unique(String name) {
        return name + "." + UUID.randomUUID().toString().substring(0, 8) + "@applicant.test";
    }

    private JsonObject apply(String email, String title, String organization, String criterion) {
        Api.Answer answer = Api.anonymous(base).post("/api/applications", application(email, title, organization, criterion));
        assertEquals(201, answer.status(), answer.body());
        return answer.object();
    }

    private JsonObject vote(int boardMember, long id, String decision, String comment) {
        Api.Answer answer = board(boardMember).post("/api/applications/" + id + "/votes",
                "{\"decision\":\"" + decision + "\",\"comment\":\"" + comment + "\"}");
        assertEquals(200, answer.status(), answer.body());
        return answer.object();
    }

    @Test
    void applyPrescreenVoteWelcomeSetPasswordAndSignIn() {
        String email = unique("cso");
        JsonObject applied = apply(email, "Chief Security Officer", "Riverfront Hospitality Group", "SECURITY_PRACTITIONER");
        long id = applied.getJsonNumber("id").longValue();
        assertEquals("UNDER_REVIEW", applied.getString("status"));
        assertEquals(8, applied.getJsonArray("findings").size());
        assertTrue(applied.getJsonArray("findings").stream().allMatch(f -> f.asJsonObject().getString("outcome").equals("MET")));
        Mailbox.await(mail, email, "");
        Mailbox.await(mail, board().get(0), "Ada");

        int needed = majority();
        for (int i = 0; i < needed - 1; i++) {
            assertEquals("UNDER_REVIEW", vote(i, id, "APPROVE", "welcome").getString("status"));
        }
        JsonObject decided = vote(needed - 1, id, "APPROVE", "welcome");
        assertEquals("APPROVED", decided.getString("status"), needed + " of " + board().size() + " seated board members is the majority");
        assertEquals(needed, decided.getJsonArray("votes").size());
        long memberId = decided.getJsonNumber("memberId").longValue();
        assertEquals("ACTIVE", secretariat().get("/api/members/" + memberId).object().getString("status"));
        AuditEntries.recorded(secretariat(), "Application", id, "APPLICATION_APPROVED");
        AuditEntries.recorded(secretariat(), "Member", memberId, "MEMBER_ADMITTED");
        assertEquals(409, board(needed).post("/api/applications/" + id + "/votes", "{\"decision\":\"REJECT\"}").status(),
                "a decided application takes no more votes");

        MimeMessage welcome = Mailbox.await(mail, email, "Welcome");
        String link = Mailbox.link(welcome, "http://steward.test/set-password.xhtml?token=");
        assertFalse(Mailbox.raw(welcome).contains("steward-demo"), "never a password in a mail");
        String token = link.substring(link.indexOf("token=") + 6);

        Browser b = browser();
        b.open("/set-password.xhtml?token=" + token);
        b.type("password:new", "a-long-new-passphrase");
        b.type("password:repeat", "a-long-new-passphrase");
        b.click("password:save");
        assertTrue(b.waitFor(By.id("done")).getText().contains("Your password is set"));

        Api newMember = Api.as(base, email, "a-long-new-passphrase");
        JsonObject me = newMember.get("/api/members/me").object();
        assertEquals(memberId, me.getJsonNumber("id").longValue());
        assertEquals("Chief Security Officer", me.getString("title"));

        b.open("/set-password.xhtml?token=" + token);
        b.waitFor(By.id("main"));
        assertTrue(b.text().contains("This link is not valid any more"), "a link works once: " + b.text());
        assertFalse(b.has(By.id("password:new")), "a used link offers no form");
    }

    private Browser browser() {
        if (browser == null) {
            browser = new Browser(base);
        }
        browser.signOut();
        return browser;
    }

    @Test
    void rejectionByTheMajorityTellsTheApplicantWhy() {
        String email = unique("vp");
        long id = apply(email, "Vice President, Security", "Stone Arch Insurance", "SECURITY_PRACTITIONER")
                .getJsonNumber("id").longValue();
        vote(0, id, "APPROVE", "");
        vote(1, id, "REJECT", "The company already has two members");
        int rejectionsToDecide = board().size() - majority() + 1;
        for (int i = 2; i < rejectionsToDecide; i++) {
            assertEquals("UNDER_REVIEW", vote(i, id, "REJECT", "").getString("status"));
        }
        JsonObject decided = vote(rejectionsToDecide, id, "REJECT", "");
        assertEquals("REJECTED", decided.getString("status"), "approval can no longer reach " + majority() + " of " + board().size());
        MimeMessage decision = Mailbox.await(mail, email, "Decision");
        assertTrue(Mailbox.raw(decision).contains("The company already has two members"));
    }

    @Test
    void aBoardMemberMayChangeTheirVoteUntilDecidedAndHasOneVote() {
        long id = apply(unique("dir"), "Director of Security", "Arena District Events Center", "SECURITY_PRACTITIONER")
                .getJsonNumber("id").longValue();
        vote(6, id, "REJECT", "first thought");
        JsonObject changed = vote(6, id, "APPROVE", "second thought");
        assertEquals(1, changed.getJsonArray("votes").size());
        assertEquals("APPROVE", changed.getJsonArray("votes").getJsonObject(0).getString("decision"));
        assertEquals("UNDER_REVIEW", changed.getString("status"));
    }

    @Test
    void concurrentVotesOfTheWholeBoardDecideOnceAndAdmitOneMember() throws Exception {
        String email = unique("concurrent");
        long id = apply(email, "Chief Security Officer", "Loon Medical Devices", "SECURITY_PRACTITIONER")
                .getJsonNumber("id").longValue();
        int seatedCount = board().size();
        ExecutorService pool = Executors.newFixedThreadPool(seatedCount);
        try {
            List<Future<Api.Answer>> answers = new ArrayList<>();
            for (int i = 0; i < seatedCount; i++) {
                int member = i;
                answers.add(pool.submit(() -> board(member).post("/api/applications/" + id + "/votes",
                        "{\"decision\":\"APPROVE\"}")));
            }
            int ok = 0;
            for (Future<Api.Answer> answer : answers) {
                int status = answer.get().status();
                assertTrue(status == 200 || status == 409, "vote answered " + status);
                ok += status == 200 ? 1 : 0;
            }
            assertTrue(ok >= majority(), "at least the deciding majority was recorded: " + ok);
        } finally {
            pool.shutdownNow();
        }
        JsonObject decided = secretariat().get("/api/applications/" + id).object();
        assertEquals("APPROVED", decided.getString("status"));
        long members = secretariat().get("/api/members").array().stream()
                .filter(m -> m.asJsonObject().getString("email").equals(email)).count();
        assertEquals(1, members, "exactly one member admitted");
    }

    @Test
    void unknownTitleNeedsTheSecretariatsReviewBeforeTheBoardVotes() {
        String email = unique("acting");
        JsonObject applied = apply(email, "Acting Chief of Police", "Bloomington Police Department", "LAW_ENFORCEMENT_OFFICIAL");
        long id = applied.getJsonNumber("id").longValue();
        assertEquals("UNDER_REVIEW", applied.getString("status"));
        assertTrue(applied.getJsonArray("findings").stream().anyMatch(f -> f.asJsonObject().getString("rule")
                .equals("EXECUTIVE_LEVEL") && f.asJsonObject().getString("outcome").equals("NEEDS_REVIEW")));
        assertEquals(409, board(0).post("/api/applications/" + id + "/votes", "{\"decision\":\"APPROVE\"}").status());

        assertEquals(400, secretariat().post("/api/applications/" + id + "/review", "{\"executiveLevelConfirmed\":true}").status(),
                "a review needs a note");
        Api.Answer reviewed = secretariat().post("/api/applications/" + id + "/review",
                "{\"executiveLevelConfirmed\":true,\"note\":\"Acting chief since the chief retired; confirmed with the city\"}");
        assertEquals(200, reviewed.status(), reviewed.body());
        assertTrue(reviewed.object().getJsonArray("findings").stream().noneMatch(f -> f.asJsonObject().getString("outcome").equals("NEEDS_REVIEW")));
        assertEquals(200, board(0).post("/api/applications/" + id + "/votes", "{\"decision\":\"APPROVE\"}").status());
    }

    @Test
    void nonExecutiveTitleIsIneligibleAndTheApplicantIsTold() {
        String email = unique("analyst");
        JsonObject applied = apply(email, "Security Analyst", "Prairie Foods Company", "SECURITY_PRACTITIONER");
        assertEquals("INELIGIBLE", applied.getString("status"));
        long id = applied.getJsonNumber("id").longValue();
        assertEquals(409, board(0).post("/api/applications/" + id + "/votes", "{\"decision\":\"APPROVE\"}").status());
        MimeMessage told = Mailbox.await(mail, email, "Decision");
        assertTrue(Mailbox.raw(told).contains("does not meet them"));
    }

    @Test
    void duplicateAndInvalidApplicationsAreRefusedClearlyAndStoreNothing() {
        String email = unique("dup");
        apply(email, "Chief Security Officer", "Twin Rivers Telecom", "CRITICAL_INFRASTRUCTURE_OFFICIAL");
        int before = secretariat().get("/api/applications").array().size();
        Api.Answer again = Api.anonymous(base).post("/api/applications",
                application(email.toUpperCase(), "Chief Security Officer", "Twin Rivers Telecom", "CRITICAL_INFRASTRUCTURE_OFFICIAL"));
        assertEquals(409, again.status(), again.body());
        assertTrue(again.object().getString("detail").contains("open already"));

        Api.Answer member = Api.anonymous(base).post("/api/applications",
                application("member@steward.example", "Chief Security Officer", "Twin Rivers Telecom", "SECURITY_PRACTITIONER"));
        assertEquals(409, member.status());

        Api.Answer invalid = Api.anonymous(base).post("/api/applications",
                "{\"firstName\":\"\",\"email\":\"not-an-email\",\"title\":\"CSO\",\"organizationId\":1,\"criterion\":\"ASTRONAUT\"}");
        assertEquals(400, invalid.status(), invalid.body());
        var fields = invalid.object().getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field")).toList();
        assertTrue(fields.containsAll(List.of("firstName", "lastName", "email", "criterion")), fields.toString());

        Api.Answer unknownOrganization = Api.anonymous(base).post("/api/applications",
                "{\"firstName\":\"A\",\"lastName\":\"B\",\"email\":\"" + unique("org") + "\",\"title\":\"CSO\",\"organizationId\":999999,\"criterion\":\"SECURITY_PRACTITIONER\"}");
        assertEquals(400, unknownOrganization.status());
        assertEquals("organizationId", unknownOrganization.object().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(before, secretariat().get("/api/applications").array().size());
    }

    @Test
    void membersKeepTheirProfileAndANewTitleIsFlaggedForReview() {
        Api member = Api.as(base, "security.arena@steward.example", Deployments.DEMO_PASSWORD);
        JsonObject me = member.get("/api/members/me").object();
        Api.Answer changed = member.put("/api/members/me", "{\"title\":\"Events Coordinator\",\"organizationId\":"
                + me.getJsonNumber("organizationId") + ",\"phone\":\"+1 612 555 0199\",\"assistantName\":\"Jo Park\","
                + "\"assistantEmail\":\"jo.park@steward.example\"}");
        assertEquals(200, changed.status(), changed.body());
        assertEquals("NEEDS_REVIEW", changed.object().getString("executiveLevel"));
        assertEquals("Jo Park", changed.object().getString("assistantName"));
        assertEquals(400, member.put("/api/members/me", "{\"title\":\"\",\"organizationId\":1,\"assistantEmail\":\"x\"}").status());

        long id = me.getJsonNumber("id").longValue();
        Api.Answer settled = secretariat().post("/api/members/" + id + "/executive-level", "{\"note\":\"Runs security for all events\"}");
        assertEquals("CONFIRMED", settled.object().getString("executiveLevel"));
    }

    @Test
    void statusChangesAreRecordedDecisionsWithAReason() {
        long id = secretariat().get("/api/members?status=ACTIVE").array().stream().map(v -> v.asJsonObject())
                .filter(m -> m.getString("email").equals("gm.bluewater@steward.example")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        assertEquals(400, secretariat().post("/api/members/" + id + "/status", "{\"status\":\"RESIGNED\"}").status());
        assertEquals(400, secretariat().post("/api/members/" + id + "/status", "{\"status\":\"GONE\",\"reason\":\"x\"}").status());
        Api.Answer resigned = secretariat().post("/api/members/" + id + "/status",
                "{\"status\":\"RESIGNED\",\"reason\":\"Retired from Bluewater\",\"effectiveDate\":\"2026-11-01\"}");
        assertEquals(200, resigned.status(), resigned.body());
        assertEquals("RESIGNED", resigned.object().getString("status"));
        assertEquals("2026-11-01", resigned.object().getString("leftOn"));
    }

    @Test
    void membersAcknowledgeTheBylawsInForceOnly() {
        Api member = Api.as(base, "cso.loon@steward.example", Deployments.DEMO_PASSWORD);
        int version = member.get("/api/bylaws").object().getInt("version");
        assertEquals(409, member.post("/api/members/me/acknowledgements", "{\"bylawsVersion\":" + (version + 7) + "}").status());
        Api.Answer ok = member.post("/api/members/me/acknowledgements", "{\"bylawsVersion\":" + version + "}");
        assertEquals(200, ok.status(), ok.body());
        assertTrue(member.get("/api/members/me").object().getBoolean("bylawsAcknowledged"));
    }

    /** Who may call what, for every membership endpoint. */
    @Test
    void authorizationMatrixOfTheMembershipEndpoints() {
        Api anonymous = Api.anonymous(base);
        Api member = Api.as(base, Deployments.MEMBER, Deployments.DEMO_PASSWORD);
        Api board = board(0);
        for (String path : List.of("/api/applications", "/api/applications/1", "/api/members", "/api/members/1")) {
            assertEquals(401, anonymous.get(path).status(), path);
            assertEquals(403, member.get(path).status(), path);
            assertEquals(200, board.get(path).status(), path);
            assertEquals(200, secretariat().get(path).status(), path);
        }
        assertEquals(401, anonymous.get("/api/members/me").status());
        assertEquals(200, member.get("/api/members/me").status());
        assertEquals(403, member.post("/api/applications/1/votes", "{\"decision\":\"APPROVE\"}").status());
        assertEquals(403, secretariat().post("/api/applications/1/votes", "{\"decision\":\"APPROVE\"}").status());
        assertEquals(403, board.post("/api/applications/1/review", "{\"executiveLevelConfirmed\":true,\"note\":\"x\"}").status());
        assertEquals(403, member.post("/api/members/1/status", "{\"status\":\"LAPSED\",\"reason\":\"x\"}").status());
        assertEquals(403, board.post("/api/members/1/status", "{\"status\":\"LAPSED\",\"reason\":\"x\"}").status());
        assertEquals(401, anonymous.post("/api/members/me/acknowledgements", "{\"bylawsVersion\":1}").status());
    }

    @Test
    void theWalkThroughThePages() {
        String email = unique("browser");
        Browser b = browser();
        b.open("/apply.xhtml");
        b.type("apply:firstName", "Bea");
        b.type("apply:lastName", "Browser");
        b.type("apply:email", email);
        b.type("apply:title", "Chief Security Officer");
        b.choose("apply:organization", "Gopher Electronics Retail");
        b.click(By.xpath("//label[starts-with(text(),'Security practitioner')]"));
        b.click("apply:submit");
        assertEquals("Application received", b.waitFor(By.id("resultStatus")).getText());
        b.screenshot("apply-result");

        long id = secretariat().get("/api/applications?status=UNDER_REVIEW").array().stream().map(v -> v.asJsonObject())
                .filter(a -> a.getString("email").equals(email)).findFirst().orElseThrow().getJsonNumber("id").longValue();
        for (int i = 0; i < majority(); i++) {
            b.signOut().signIn(board().get(i), Deployments.DEMO_PASSWORD);
            b.open("/board/queue.xhtml");
            b.waitFor(By.id("application-" + id));
            if (i == 0) {
                b.screenshot("board-queue");
            }
            b.click(By.xpath("//section[@id='application-" + id + "']//button[contains(@id,'approve')]"));
            b.waitForText(By.id("queue:messages"), "Your vote is recorded");
        }
        assertEquals("APPROVED", secretariat().get("/api/applications/" + id).object().getString("status"));

        b.signOut().signIn(Deployments.SECRETARIAT, Deployments.DEMO_PASSWORD);
        b.open("/members/index.xhtml");
        b.waitFor(By.id("members:table"));
        // the shared server holds other classes' members too: find her by name, as a person would (25 rows a page)
        WebElement nameFilter = b.waitFor(By.xpath("//th[.//span[normalize-space()='Name']]//input"));
        nameFilter.sendKeys("Browser, Bea");
        b.waitForText(By.id("members:table"), "Browser, Bea");
        assertTrue(b.text().contains("Browser, Bea"), "the new member is in the directory");
        b.screenshot("members-directory");

        MimeMessage welcome = Mailbox.await(mail, email, "Welcome");
        String link = Mailbox.link(welcome, "http://steward.test/set-password.xhtml?token=");
        b.signOut();
        b.open(link.substring("http://steward.test".length()));
        b.type("password:new", "bea-browser-passphrase");
        b.type("password:repeat", "bea-browser-passphrase");
        b.click("password:save");
        b.waitFor(By.id("done"));
        b.signIn(email, "bea-browser-passphrase");
        assertTrue(b.has(By.id("memberDashboard")), b.text());
        assertNotNull(b.screenshot("dashboard-new-member"));
    }

    @Test
    void forgotPasswordMailsAOneTimeLinkAndSaysTheSameForUnknownEmails() {
        Browser b = browser();
        b.open("/forgot-password.xhtml");
        b.type("forgot:email", "nobody@nowhere.test");
        b.click("forgot:send");
        String unknown = b.waitFor(By.id("sent")).getText();

        Mailbox.Mark beforeReset = Mailbox.mark(mail);
        b.open("/forgot-password.xhtml");
        b.type("forgot:email", "security.water@steward.example");
        b.click("forgot:send");
        assertEquals(unknown, b.waitFor(By.id("sent")).getText(), "the answer does not reveal who has an account");

        MimeMessage reset = Mailbox.await(mail, beforeReset, "security.water@steward.example", "Reset your");
        String link = Mailbox.link(reset, "http://steward.test/set-password.xhtml?token=");
        b.open(link.substring("http://steward.test".length()));
        b.type("password:new", "water-utility-passphrase");
        b.type("password:repeat", "water-utility-passphrase");
        b.click("password:save");
        b.waitFor(By.id("done"));
        assertEquals(200, Api.as(base, "security.water@steward.example", "water-utility-passphrase")
                .get("/api/members/me").status());
        assertTrue(Mailbox.find(mail, "nobody@nowhere.test", "").isEmpty());
    }

    @Test
    void pagesOfTheSecretariatAndBoardRefuseAMember() {
        Browser b = browser().signIn(Deployments.MEMBER, Deployments.DEMO_PASSWORD);
        for (String page : List.of("/members/index.xhtml", "/board/queue.xhtml", "/secretariat/applications.xhtml")) {
            b.open(page);
            assertEquals("Not for your role", b.waitFor(By.id("errorTitle")).getText(), page);
        }
        b.signOut().signIn(board().get(0), Deployments.DEMO_PASSWORD);
        b.open("/secretariat/applications.xhtml");
        assertEquals("Not for your role", b.waitFor(By.id("errorTitle")).getText());
        b.open("/members/index.xhtml");
        b.waitFor(By.id("members:table"));
    }
}
