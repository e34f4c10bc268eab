package org.partnershipsteward.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 19 end to end: urgent alerts mailed to their audience with a one-click acknowledgement link that is GET-safe
 * and bound to its recipient, the sharing label on every path out, the live state, the second mail with the
 * backup copy (the IT server sends it after one minute), and the organisations' resources for the day.
 */
@ExtendWith(Server.class)
class AlertsIT {

    @RegisterExtension
    static GreenMailExtension mail = Mailbox.server();

    @Server.Url
    URL base;

    private static final String MEMBER_ASSISTANT = "mark.ellis@steward.example"; // member@steward.example's (demo data)

    private Api secretariat() {
        return Api.as(base, Deployments.SECRETARIAT, Deployments.DEMO_PASSWORD);
    }

    private Api board() {
        return Api.as(base, Deployments.BOARD, Deployments.DEMO_PASSWORD);
    }

    private Api member() {
        return Api.as(base, Deployments.MEMBER, Deployments.DEMO_PASSWORD);
    }

    private static String alert(String title, String body, String sharing, String audience, boolean drill) {
        return "{\"title\":\"" + title + "\",\"body\":\"" + body + "\",\"sharing\":\"" + sharing + "\",\"audience\":\""
                + audience + "\",\"drill\":" + drill + "}";
    }

    private static String path(String link) {
        return link.substring("http://steward.test".length());
    }

    @Test
    void anAlertReachesItsAudienceAndTheLinkIsGetSafeAndAnswersOnlyForItsRecipient() throws Exception {
        String title = "Water main break " + UUID.randomUUID().toString().substring(0, 8);
        Api.Answer sent = board().post("/api/alerts", alert(title, "Avoid 3rd Street; staging at the arena.", "TLP_AMBER", "BOARD", false));
        assertEquals(201, sent.status(), sent.body());
        long id = sent.object().getJsonNumber("id").longValue();
        int recipients = sent.object().getInt("recipients");
        assertTrue(recipients >= 1, sent.body());

        JsonObject before = secretariat().get("/api/alerts/" + id).object();
        assertEquals(recipients, before.getInt("recipients"));
        assertEquals(0, before.getInt("acknowledged"));
        assertEquals(recipients, before.getJsonArray("unacknowledged").size());
        assertEquals(0, before.getJsonObject("responses").getInt("CAN_HELP"));

        // the board member's mail: the text with its label, the link; a member outside the audience gets nothing
        MimeMessage mailed = Mailbox.await(mail, Deployments.BOARD, title);
        String body = Mailbox.body(mailed);
        assertTrue(body.contains("Avoid 3rd Street"), body);
        assertTrue(body.contains("[TLP:AMBER]"), body);
        assertEquals(List.of(), Mailbox.find(mail, Deployments.MEMBER, title), "the member is not on the board");
        String link = path(Mailbox.link(mailed, "http://steward.test/alert/"));

        // a mail scanner follows the link: nothing changes
        assertEquals(302, Api.anonymous(base).get(link).status());
        HttpResponse<String> page = new PageClient(base).get("/alert.xhtml?token=" + link.substring("/alert/".length()));
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains(title), "the link's page shows the alert");
        assertEquals(0, secretariat().get("/api/alerts/" + id).object().getInt("acknowledged"), "a GET changed nothing");

        // a wrong answer is refused and changes nothing; an unknown link records nothing
        assertEquals(400, Api.anonymous(base).send("POST", link, "application/x-www-form-urlencoded", "response=MAYBE").status());
        Api.anonymous(base).send("POST", "/alert/" + "B".repeat(43), "application/x-www-form-urlencoded", "response=RECEIVED");
        assertEquals(0, secretariat().get("/api/alerts/" + id).object().getInt("acknowledged"));

        // the organisation's resources appear beside a CAN_HELP answer
        long organizationId = board().get("/api/members/me").object().getJsonNumber("organizationId").longValue();
        Api.Answer listed = board().put("/api/organizations/" + organizationId + "/resources",
                "[{\"kind\":\"COMMAND_POST_SITE\",\"description\":\"Field office briefing room " + title + "\",\"location\":\"1501 Freeway Blvd\"}]");
        assertEquals(200, listed.status(), listed.body());

        Api.Answer answered = Api.anonymous(base).send("POST", link, "application/x-www-form-urlencoded", "response=CAN_HELP");
        assertEquals(302, answered.status());
        long me = board().get("/api/members/me").object().getJsonNumber("id").longValue();
        JsonObject after = secretariat().get("/api/alerts/" + id).object();
        assertEquals(1, after.getInt("acknowledged"), "the one link answered once, for its own recipient only");
        assertEquals(1, after.getJsonObject("responses").getInt("CAN_HELP"));
        assertFalse(after.getJsonArray("unacknowledged").stream().anyMatch(v -> ((jakarta.json.JsonNumber) v).longValue() == me));
        JsonObject row = after.getJsonArray("members").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getJsonNumber("memberId").longValue() == me).findFirst().orElseThrow();
        assertEquals("CAN_HELP", row.getString("response"));
        assertTrue(row.getJsonArray("resources").toString().contains("Field office briefing room " + title), row.toString());
        assertTrue(after.getJsonArray("members").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getJsonNumber("memberId").longValue() != me).allMatch(r -> r.get("response") == null
                        || r.get("response") == JsonValue.NULL), "nobody else answered");

        // the live page shows it to the board
        HttpResponse<String> live = new PageClient(base).signIn(Deployments.BOARD, Deployments.DEMO_PASSWORD)
                .get("/incident/alert.xhtml?id=" + id);
        assertEquals(200, live.statusCode());
        assertTrue(live.body().contains("Field office briefing room " + title), "resources beside the CAN_HELP answer");
        assertEquals(Deployments.BOARD, AuditEntries.recorded(secretariat(), "Alert", id, "ALERT_SENT").getString("actor"));
    }

    @Test
    void aRedAlertsTextNeverLeavesThePortalButTheMemberReadsItSignedIn() throws Exception {
        String title = "Credible threat " + UUID.randomUUID().toString().substring(0, 8);
        String secret = "Suspect vehicle plate " + UUID.randomUUID().toString().substring(0, 6);
        Api.Answer sent = secretariat().post("/api/alerts", alert(title, secret, "TLP_RED", "PRIVATE", true));
        assertEquals(201, sent.status(), sent.body());
        long id = sent.object().getJsonNumber("id").longValue();

        MimeMessage mailed = Mailbox.await(mail, Deployments.MEMBER, "DRILL: Urgent alert [TLP:RED]");
        String body = Mailbox.body(mailed);
        assertFalse(body.contains(title), "a TLP:RED title stays in the portal:\n" + body);
        assertFalse(body.contains(secret), "a TLP:RED text stays in the portal:\n" + body);
        assertTrue(body.contains("/member/alert.xhtml?id=" + id), body);
        String token = Mailbox.link(mailed, "http://steward.test/alert/").substring("http://steward.test/alert/".length());
        HttpResponse<String> linkPage = new PageClient(base).get("/alert.xhtml?token=" + token);
        assertFalse(linkPage.body().contains(secret), "the page behind the link needs no login, so it holds no TLP:RED text");

        HttpResponse<String> portal = new PageClient(base).signIn(Deployments.MEMBER, Deployments.DEMO_PASSWORD)
                .get("/member/alert.xhtml?id=" + id);
        assertEquals(200, portal.statusCode());
        assertTrue(portal.body().contains(secret), "signed in, the member reads it");
        HttpResponse<String> other = new PageClient(base).signIn(Deployments.BOARD, Deployments.DEMO_PASSWORD)
                .get("/member/alert.xhtml?id=" + id);
        assertFalse(other.body().contains(secret), "a member the alert was not sent to does not read it");
        assertFalse(AuditEntries.recorded(secretariat(), "Alert", id, "DRILL_SENT").getString("detail").contains(title),
                "the audit trail names a TLP:RED alert by its label only");
    }

    @Test
    void whoHasNotAcknowledgedGetsASecondMailAndTheirAssistantACopyWithoutAmberStrictText() throws Exception {
        String title = "Grid outage " + UUID.randomUUID().toString().substring(0, 8);
        String text = "Substation 7 down until " + UUID.randomUUID().toString().substring(0, 6);
        String backup = "backup." + UUID.randomUUID().toString().substring(0, 8) + "@steward.test";
        Api.Answer roster = Api.as(base, Deployments.MEMBER, Deployments.DEMO_PASSWORD).put("/api/members/me/emergency",
                "{\"mobile\":\"+1 612 555 0100\",\"backupName\":\"Sam Backup\",\"backupEmail\":\"" + backup + "\"}");
        assertEquals(200, roster.status(), roster.body());
        Mailbox.Mark before = Mailbox.mark(mail);
        Api.Answer sent = secretariat().post("/api/alerts", alert(title, text, "TLP_AMBER_STRICT", "PRIVATE", false));
        assertEquals(201, sent.status(), sent.body());
        long id = sent.object().getJsonNumber("id").longValue();
        assertTrue(Mailbox.body(Mailbox.await(mail, Deployments.MEMBER, "Urgent alert: " + title)).contains(text),
                "the member's own mail carries AMBER+STRICT text");

        // the IT server sends the second mail one minute after the alert (partnership.alerts.second-mail-minutes=1)
        MimeMessage second = Mailbox.await(mail, Deployments.MEMBER, "Second call: Urgent alert: " + title);
        assertTrue(Mailbox.body(second).contains("http://steward.test/alert/"), "the second mail has its own link");
        MimeMessage copy = Mailbox.await(mail, before, MEMBER_ASSISTANT, "Second call: For Priya Natarajan: Urgent alert [TLP:AMBER+STRICT]");
        String copied = Mailbox.body(copy);
        assertFalse(copied.contains(text), "AMBER+STRICT never reaches an assistant or backup:\n" + copied);
        assertFalse(copied.contains(title), copied);
        assertFalse(copied.contains("http://steward.test/alert/"), "the copy cannot answer for the member");
        String backupCopy = Mailbox.body(Mailbox.await(mail, before, backup, "Second call: For Priya Natarajan"));
        assertFalse(backupCopy.contains(text), "the backup person on the emergency roster gets the copy, without AMBER+STRICT text");
        JsonObject state = secretariat().get("/api/alerts/" + id).object();
        assertTrue(state.containsKey("secondMailSentAt") && state.get("secondMailSentAt") != JsonValue.NULL, state.toString());
    }

    @Test
    void onlyTheSecretariatAndTheBoardSendAndReadAlertsAndBadInputChangesNothing() {
        String body = alert("Not allowed", "x", "TLP_CLEAR", "ALL", false);
        assertEquals(403, member().post("/api/alerts", body).status());
        assertEquals(401, Api.anonymous(base).post("/api/alerts", body).status());
        assertEquals(403, member().get("/api/alerts").status());
        int before = secretariat().get("/api/alerts").array().size();
        Api.Answer bad = secretariat().post("/api/alerts", alert("", "x", "TLP_PURPLE", "EVERYONE", false));
        assertEquals(400, bad.status(), bad.body());
        assertTrue(bad.body().contains("sharing") && bad.body().contains("audience") && bad.body().contains("title"), bad.body());
        assertEquals(before, secretariat().get("/api/alerts").array().size());
        assertEquals(404, secretariat().get("/api/alerts/999999999").status());
    }

    @Test
    void membersKeepTheirOwnOrganisationsResourcesAndTheSecretariatAndBoardSearchThem() {
        JsonObject me = member().get("/api/members/me").object();
        long own = me.getJsonNumber("organizationId").longValue();
        long other = board().get("/api/members/me").object().getJsonNumber("organizationId").longValue();
        String unique = "Loading dock " + UUID.randomUUID().toString().substring(0, 8);
        Api.Answer saved = member().put("/api/organizations/" + own + "/resources",
                "[{\"kind\":\"PARKING\",\"description\":\"" + unique + "\",\"location\":\"Richfield\",\"contact\":\"+1 612 555 0111\"},"
                        + "{\"kind\":\"STAFF\",\"description\":\"Two EMTs\"}]");
        assertEquals(200, saved.status(), saved.body());
        assertEquals(2, member().get("/api/organizations/" + own + "/resources").array().size());
        assertEquals(403, member().put("/api/organizations/" + other + "/resources", "[]").status(),
                "a member keeps only their own organisation's list");
        assertEquals(403, member().get("/api/organizations/" + other + "/resources").status());
        assertEquals(400, member().put("/api/organizations/" + own + "/resources", "[{\"kind\":\"TANKS\",\"description\":\"\"}]").status());
        assertEquals(2, member().get("/api/organizations/" + own + "/resources").array().size(), "a refused list changes nothing");

        Api.Answer found = board().get("/api/resources?kind=PARKING&q=richfield");
        assertEquals(200, found.status(), found.body());
        assertTrue(found.body().contains(unique), found.body());
        assertFalse(secretariat().get("/api/resources?kind=STAFF&q=" + unique.replace(' ', '+')).body().contains(unique),
                "the kind filters");
        assertEquals(403, member().get("/api/resources").status());
        assertEquals(401, Api.anonymous(base).get("/api/resources").status());
        assertEquals(400, secretariat().get("/api/resources?kind=TANKS").status());
    }
}
