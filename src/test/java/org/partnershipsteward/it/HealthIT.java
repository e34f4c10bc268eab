package org.partnershipsteward.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * Partnership health end to end: the scorecard and the hand-over view through the API and the pages
 * (and who is refused them), the yearly contact confirmation through its emailed link, and an address
 * the mail server refuses flagged on the hand-over view. Every expectation is derived from the API, not
 * from the demo data as loaded (on MariaDB all IT classes share one database).
 */
@ExtendWith(Server.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HealthIT {

    @RegisterExtension
    static GreenMailExtension mail = Mailbox.server();

    @Server.Url
    URL base;

    private Api as(String email) {
        return Api.as(base, email, Deployments.DEMO_PASSWORD);
    }

    private Api secretariat() {
        return as(Deployments.SECRETARIAT);
    }

    private JsonObject member(String email) {
        return secretariat().get("/api/members").array().stream().map(JsonValue::asJsonObject)
                .filter(m -> m.getString("email").equals(email)).findFirst()
                .orElseThrow(() -> new AssertionError("no member " + email));
    }

    private JsonObject section(String key) {
        Api.Answer handover = secretariat().get("/api/handover");
        assertEquals(200, handover.status(), handover.body());
        return handover.array().stream().map(JsonValue::asJsonObject).filter(s -> s.getString("key").equals(key))
                .findFirst().orElseThrow(() -> new AssertionError("no section " + key + " in " + handover.body()));
    }

    private static List<JsonObject> items(JsonObject section) {
        return section.getJsonArray("items").stream().map(JsonValue::asJsonObject).toList();
    }

    @Test
    @Order(1)
    void theScorecardMeasuresAllSixIngredientsWithTrendsForTheBoardAndTheSecretariat() {
        Api.Answer card = as(Deployments.BOARD).get("/api/scorecard");
        assertEquals(200, card.status(), card.body());
        JsonObject body = card.object();
        int periods = body.getJsonArray("periods").size();
        assertTrue(periods >= 2, body.toString());
        var ingredients = body.getJsonArray("ingredients").stream().map(JsonValue::asJsonObject).toList();
        assertEquals(List.of("EXECUTIVE_PARTICIPATION", "MEMBERSHIP_COMPOSITION", "SHARED_GOALS", "CADENCE", "RESILIENCY",
                "LONGEVITY"), ingredients.stream().map(i -> i.getString("ingredient")).toList());
        for (JsonObject ingredient : ingredients) {
            var measures = ingredient.getJsonArray("measures").stream().map(JsonValue::asJsonObject).toList();
            assertFalse(measures.isEmpty(), ingredient.toString());
            assertTrue(measures.stream().anyMatch(m -> !m.isNull("value")),
                    ingredient.getString("label") + " has a measured value: " + measures);
            for (JsonObject m : measures) {
                assertFalse(m.getString("explanation").isBlank());
                int points = m.getJsonArray("trend").size();
                assertTrue(points == 1 || points == periods, m.toString());
            }
        }
        JsonObject composition = ingredients.get(1);
        double represented = composition.getJsonArray("measures").getJsonObject(0).getJsonNumber("value").doubleValue();
        assertEquals(body.getJsonObject("criterionMix").size(), (int) represented, "criteria represented = criteria in the mix");
        assertEquals(200, secretariat().get("/api/scorecard").status());
    }

    @Test
    @Order(2)
    void theScorecardAndTheHandoverAreRefusedToOtherRoles() {
        assertEquals(403, as(Deployments.MEMBER).get("/api/scorecard").status());
        assertEquals(401, Api.anonymous(base).get("/api/scorecard").status());
        assertEquals(403, as(Deployments.MEMBER).get("/api/handover").status());
        assertEquals(403, as(Deployments.BOARD).get("/api/handover").status(), "the hand-over view is the secretariat's");
        assertEquals(401, Api.anonymous(base).get("/api/handover").status());
        assertEquals(403, as(Deployments.MEMBER).get("/api/worksheets/2025").status());
        assertEquals(403, as(Deployments.MEMBER).post("/api/contact-confirmations", "{\"memberId\":1}").status());
        assertEquals(401, Api.anonymous(base).post("/api/contact-confirmations", "{\"memberId\":1}").status());
    }

    @Test
    @Order(3)
    void theHandoverListsAPendingApplicationWithWhereItIsHandled() {
        long organizationId = secretariat().get("/api/organizations").array().stream().map(JsonValue::asJsonObject)
                .filter(o -> o.getString("name").equals("Twin Rivers Telecom")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        String lastName = "Handover-" + UUID.randomUUID().toString().substring(0, 6);
        Api.Answer applied = Api.anonymous(base).post("/api/applications", "{\"firstName\":\"Grace\",\"lastName\":\"" + lastName
                + "\",\"email\":\"" + lastName.toLowerCase() + "@applicant.test\",\"title\":\"Chief Security Officer\","
                + "\"organizationId\":" + organizationId + ",\"criterion\":\"CRITICAL_INFRASTRUCTURE_OFFICIAL\"}");
        assertEquals(201, applied.status(), applied.body());

        JsonObject applications = section("applications");
        Optional<JsonObject> item = items(applications).stream().filter(i -> i.getString("title").contains(lastName)).findFirst();
        assertTrue(item.isPresent(), applications.toString());
        assertEquals("/secretariat/applications.xhtml", item.get().getString("link"));
        for (String key : List.of("agendas", "notices", "terms", "summits", "contacts", "bounces", "executive-level",
                "compliance")) {
            for (JsonObject i : items(section(key))) {
                assertTrue(i.getString("link").startsWith("/"), key + " item links to its page: " + i);
            }
        }
        assertEquals("/members/compliance.xhtml", section("compliance").getString("link"),
                "open compliance cases come from the compliance component");
    }

    @Test
    @Order(4)
    void aMemberConfirmsAndCorrectsTheirDetailsFromTheEmailedLink() {
        JsonObject before = member("ciso.telecom@steward.example");
        long id = before.getJsonNumber("id").longValue();
        Mailbox.Mark beforeAsking = Mailbox.mark(mail);
        Api.Answer asked = secretariat().post("/api/contact-confirmations", "{\"memberId\":" + id + "}");
        assertEquals(202, asked.status(), asked.body());
        assertEquals(404, secretariat().post("/api/contact-confirmations", "{\"memberId\":999999}").status());

        MimeMessage request = Mailbox.await(mail, beforeAsking, "ciso.telecom@steward.example", "please confirm your contact details");
        assertTrue(Mailbox.body(request).contains(before.getString("title")), "the mail shows the details held");
        String link = Mailbox.link(request, "http://steward.test/contact.xhtml?token=");
        String token = link.substring(link.indexOf("token=") + "token=".length());

        Api.Answer shown = Api.anonymous(base).get("/api/contact-confirmations/" + token);
        assertEquals(200, shown.status(), shown.body());
        assertEquals(before.getString("title"), shown.object().getString("title"));
        assertEquals(404, Api.anonymous(base).get("/api/contact-confirmations/" + "x".repeat(43)).status());
        assertEquals(404, Api.anonymous(base).get("/api/contact-confirmations/not-a-token").status());

        Api.Answer unchanged = Api.anonymous(base).send("POST", "/api/contact-confirmations/" + token, null, null);
        assertEquals(200, unchanged.status(), unchanged.body());
        assertNotNull(unchanged.object().getString("confirmedAt"));

        long organizationId = before.getJsonNumber("organizationId").longValue();
        Api.Answer changed = Api.anonymous(base).post("/api/contact-confirmations/" + token, "{\"title\":\"Security Coordinator\","
                + "\"organizationId\":" + organizationId + ",\"phone\":\"+1 651 555 0177\"}");
        assertEquals(200, changed.status(), changed.body());
        JsonObject after = member("ciso.telecom@steward.example");
        assertEquals("+1 651 555 0177", after.getString("phone"));
        assertEquals("NEEDS_REVIEW", after.getString("executiveLevel"), "a new title re-runs the executive-level check");
        assertTrue(items(section("executive-level")).stream().anyMatch(i -> i.getString("link").endsWith("id=" + id)));

        Api.Answer bad = Api.anonymous(base).post("/api/contact-confirmations/" + token, "{\"title\":\"\",\"organizationId\":"
                + organizationId + ",\"assistantEmail\":\"not-an-email\"}");
        assertEquals(400, bad.status(), bad.body());
        Api.Answer back = Api.anonymous(base).post("/api/contact-confirmations/" + token, "{\"title\":\"" + before.getString("title")
                + "\",\"organizationId\":" + organizationId + ",\"phone\":\"+1 651 555 0177\"}");
        assertEquals(200, back.status(), back.body());
        assertEquals("CONFIRMED", member("ciso.telecom@steward.example").getString("executiveLevel"));
    }

    @Test
    @Order(5)
    void theBoardOpensTheScorecardTheSecretariatTheHandoverAndAMemberIsRefusedBoth() throws Exception {
        try (Browser b = new Browser(base)) {
            b.signIn(Deployments.BOARD, Deployments.DEMO_PASSWORD);
            b.open("/partnership/scorecard.xhtml");
            b.waitFor(By.id("measure-executive-attendees"));
            assertTrue(b.has(By.cssSelector("#measure-board-attendance canvas")), "the trend is drawn as a chart");
            assertTrue(b.text().contains("Resiliency"));
            Path shot = b.screenshot("scorecard");
            Path docs = Path.of(System.getProperty("it.docs.images", "docs/images"));
            if (Files.isDirectory(docs)) {
                Files.copy(shot, docs.resolve("scorecard.png"), StandardCopyOption.REPLACE_EXISTING);
            }
            b.open("/secretariat/handover.xhtml");
            assertEquals("Not for your role", b.waitFor(By.id("errorTitle")).getText());
            b.signOut();

            b.signIn(Deployments.SECRETARIAT, Deployments.DEMO_PASSWORD);
            b.open("/secretariat/handover.xhtml");
            b.waitFor(By.id("section-applications"));
            assertTrue(b.has(By.cssSelector("#section-applications a[href*='/secretariat/applications.xhtml']")));
            b.screenshot("handover");
            b.open("/partnership/worksheet.xhtml?year=2026");
            b.waitFor(By.id("step-internal"));
            assertTrue(b.text().contains("2025:"), "last year's answers stand beside the questions");
            b.screenshot("worksheet");
            b.signOut();

            b.signIn(Deployments.MEMBER, Deployments.DEMO_PASSWORD);
            b.open("/member/profile.xhtml");
            assertEquals(member(Deployments.MEMBER).getString("title"),
                    b.waitFor(By.id("profile:title")).getAttribute("value"), "the profile form shows the member's title");
            b.open("/partnership/scorecard.xhtml");
            assertEquals("Not for your role", b.waitFor(By.id("errorTitle")).getText());
            b.open("/secretariat/handover.xhtml");
            assertEquals("Not for your role", b.waitFor(By.id("errorTitle")).getText());
        }
    }

    @Test
    @Order(6)
    void theContactPageConfirmsWithOneClick() {
        long id = member("security.telecom@steward.example").getJsonNumber("id").longValue();
        Mailbox.Mark beforeAsking = Mailbox.mark(mail);
        assertEquals(202, secretariat().post("/api/contact-confirmations", "{\"memberId\":" + id + "}").status());
        MimeMessage request = Mailbox.await(mail, beforeAsking, "security.telecom@steward.example", "please confirm your contact details");
        String path = Mailbox.link(request, "http://steward.test/contact.xhtml?token=").substring("http://steward.test".length());
        try (Browser b = new Browser(base)) {
            b.open(path);
            b.click("contact:confirm");
            b.waitForText(By.id("contact:messages"), "your details are confirmed");
        }
    }

    /** Runs last: it swaps GreenMail for a server that refuses one recipient, then puts GreenMail back. */
    @Test
    @Order(9)
    void anAddressTheMailServerRefusesIsFlaggedOnTheHandover() throws Exception {
        String email = "gm.bluewater@steward.example";
        long id = member(email).getJsonNumber("id").longValue();
        int port = Mailbox.port();
        mail.stop();
        try (RejectingSmtp refusing = new RejectingSmtp(port, Set.of(email))) {
            assertEquals(202, secretariat().post("/api/contact-confirmations", "{\"memberId\":" + id + "}").status());
            long deadline = System.nanoTime() + 40_000_000_000L;
            Optional<JsonObject> flagged = Optional.empty();
            while (flagged.isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(500);
                flagged = items(section("bounces")).stream().filter(i -> i.getString("title").equals(email)).findFirst();
            }
            assertTrue(flagged.isPresent(), "the refused address is flagged on the hand-over view");
            assertTrue(flagged.get().getString("detail").contains("550"), flagged.get().toString());
            assertTrue(flagged.get().getString("link").endsWith("id=" + id));
            JsonObject notice = secretariat().get("/api/notices?recipient=" + email + "&kind=CONTACT_CONFIRMATION").array()
                    .getJsonObject(0);
            assertEquals("FAILED", notice.getString("status"), "a permanent refusal is not retried");
            assertEquals(1, notice.getInt("attempts"));
        } finally {
            mail.start();
        }
    }
}
