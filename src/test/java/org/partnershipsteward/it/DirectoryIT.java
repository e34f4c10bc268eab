package org.partnershipsteward.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.Base64;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

/**
 * Issue 19, first half: the directory of peers with each member's sharing choices (API, vCards, pages), the
 * emergency roster (entry rules, one-click confirmation, list and PDF with TLP:AMBER), and the pages in words.
 * The sharing member is a demo member no other class signs in as; their choices are put back after each test.
 */
@ExtendWith(Server.class)
class DirectoryIT {

    /** A demo member whose choices these tests change (and restore). */
    private static final String SHARER = "security.energy2@steward.example";
    private static final String DEFAULT_SHARING =
            "{\"title\":true,\"organization\":true,\"email\":false,\"phone\":false,\"topics\":false,\"emergency\":false}";

    @Server.Url
    URL base;

    private static Browser browser;

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private Browser browserAs(String email) {
        if (browser == null) {
            browser = new Browser(base);
        }
        return browser.signOut().signIn(email, Deployments.DEMO_PASSWORD);
    }

    private Api as(String email) {
        return Api.as(base, email, Deployments.DEMO_PASSWORD);
    }

    private Api sharer() {
        return as(SHARER);
    }

    private Api viewer() {
        return as(Deployments.MEMBER);
    }

    @BeforeEach
    @AfterEach
    void restore() {
        assertEquals(200, sharer().put("/api/members/me/sharing", DEFAULT_SHARING).status());
    }

    private JsonObject me() {
        return sharer().get("/api/members/me").object();
    }

    private JsonObject findSharer(Api caller) {
        JsonObject me = me();
        Api.Answer found = caller.get("/api/directory?q=" + me.getString("lastName") + "%20" + me.getString("firstName"));
        assertEquals(200, found.status(), found.body());
        JsonArray rows = found.array();
        return rows.stream().map(JsonObject.class::cast).filter(r -> r.getJsonNumber("memberId").longValue()
                == me.getJsonNumber("id").longValue()).findFirst().orElseThrow(() -> new AssertionError(found.body()));
    }

    @Test
    void theDefaultShowsNameTitleAndOrganizationOnlyInTheApi() {
        JsonObject row = findSharer(viewer());
        JsonObject me = me();
        assertEquals(me.getString("firstName") + " " + me.getString("lastName"), row.getString("name"));
        assertEquals(me.getString("title"), row.getString("title"));
        assertTrue(row.containsKey("organization"), row.toString());
        assertFalse(row.containsKey("email"), "email is not shared by default: " + row);
        assertFalse(row.containsKey("phone"), row.toString());
        assertFalse(row.containsKey("follows"), row.toString());
    }

    @Test
    void aMemberWhoHidesTheOrganizationIsNeitherShownWithItNorFoundByIt() {
        JsonObject withOrg = findSharer(viewer());
        String organization = withOrg.getString("organization");
        assertEquals(200, sharer().put("/api/members/me/sharing", "{\"organization\":false,\"email\":true}").status());
        JsonObject row = findSharer(viewer());
        assertFalse(row.containsKey("organization"), row.toString());
        assertFalse(row.containsKey("sector"), "the sector would reveal the organisation: " + row);
        assertEquals(me().getString("email"), row.getString("email"));
        long id = row.getJsonNumber("memberId").longValue();
        JsonArray byOrganization = viewer().get("/api/directory?q=" + organization.replace(" ", "%20")).array();
        assertTrue(byOrganization.stream().map(JsonObject.class::cast).noneMatch(r -> r.getJsonNumber("memberId").longValue() == id),
                "found by a hidden organisation: " + byOrganization);
    }

    @Test
    void vCardsCarryOnlyWhatIsShared() {
        long id = me().getJsonNumber("id").longValue();
        Api.Answer card = viewer().text("/api/directory/" + id + ".vcf");
        assertEquals(200, card.status(), card.body());
        assertTrue(card.contentType().startsWith("text/vcard"), card.contentType());
        assertTrue(card.body().startsWith("BEGIN:VCARD\r\nVERSION:4.0\r\n"), card.body());
        assertFalse(card.body().contains("EMAIL"), card.body());
        assertEquals(200, sharer().put("/api/members/me/sharing", "{\"email\":true,\"title\":false}").status());
        String shared = viewer().text("/api/directory/" + id + ".vcf").body();
        assertTrue(shared.contains("EMAIL;TYPE=work:" + me().getString("email")), shared);
        assertFalse(shared.contains("TITLE:"), shared);
        String result = viewer().text("/api/directory.vcf?q=" + me().getString("lastName")).body();
        assertTrue(result.contains("EMAIL;TYPE=work:" + me().getString("email")), result);
        assertEquals(404, viewer().text("/api/directory/999999999.vcf").status());
    }

    @Test
    void topicsAreChosenFromTheBylawsAndSearchableOnceShared() {
        String topic = viewer().get("/api/bylaws").object().getJsonArray("topics").getString(0);
        Api.Answer refused = sharer().put("/api/members/me/topics", "{\"follows\":[\"Knitting\"]}");
        assertEquals(422, refused.status(), refused.body());
        Api.Answer saved = sharer().put("/api/members/me/topics", "{\"follows\":[\"" + topic.toUpperCase() + "\"],\"speaksTo\":[]}");
        assertEquals(200, saved.status(), saved.body());
        assertEquals(topic, saved.object().getJsonArray("follows").getString(0), "stored in the bylaws' spelling");
        long id = me().getJsonNumber("id").longValue();
        String byTopic = "/api/directory?topic=" + topic.replace(" ", "%20");
        assertTrue(viewer().get(byTopic).array().stream().map(JsonObject.class::cast)
                .noneMatch(r -> r.getJsonNumber("memberId").longValue() == id), "topics are not shared yet");
        assertEquals(200, sharer().put("/api/members/me/sharing", "{\"topics\":true}").status());
        assertTrue(viewer().get(byTopic).array().stream().map(JsonObject.class::cast)
                .anyMatch(r -> r.getJsonNumber("memberId").longValue() == id), "shared topics are searchable");
    }

    @Test
    void badSearchValuesAreRefusedNamingTheField() {
        Api.Answer sector = viewer().get("/api/directory?sector=NOWHERE");
        assertEquals(400, sector.status(), sector.body());
        assertTrue(sector.isProblem());
        assertEquals("sector", sector.object().getJsonArray("errors").getJsonObject(0).getString("field"));
        Api.Answer criterion = viewer().get("/api/directory?criterion=CHEF");
        assertEquals(400, criterion.status(), criterion.body());
        assertEquals(400, viewer().get("/api/directory?q=" + "x".repeat(201)).status());
        assertEquals(422, viewer().get("/api/directory?topic=Knitting").status());
    }

    @Test
    void theEmergencyRosterListsOnlyMembersWhoShareTheirContactsAndItsPdfIsTlpAmber() throws Exception {
        Api.Answer invalid = sharer().put("/api/members/me/emergency", "{\"mobile\":\"+1 612 555 0999\",\"backupName\":\"Kim Day\"}");
        assertEquals(400, invalid.status(), invalid.body());
        assertEquals("backupPhone", invalid.object().getJsonArray("errors").getJsonObject(0).getString("field"));
        Api.Answer saved = sharer().put("/api/members/me/emergency", "{\"mobile\":\"+1 612 555 0999\",\"backupName\":\"Kim Day\","
                + "\"backupEmail\":\"kim.day@loon.example\"}");
        assertEquals(200, saved.status(), saved.body());
        assertTrue(saved.object().getBoolean("current"));
        String today = saved.object().getString("confirmedOn");
        long id = me().getJsonNumber("id").longValue();
        assertFalse(onRoster(id), "not shared yet");
        assertFalse(pdfText().contains("+1 612 555 0999"));

        assertEquals(200, sharer().put("/api/members/me/sharing", "{\"emergency\":true}").status());
        assertTrue(onRoster(id));
        JsonObject line = viewer().get("/api/roster").array().stream().map(JsonObject.class::cast)
                .filter(r -> r.getJsonNumber("memberId").longValue() == id).findFirst().orElseThrow();
        assertEquals("+1 612 555 0999", line.getString("mobile"));
        assertEquals("kim.day@loon.example", line.getString("backupEmail"));
        assertEquals(today, line.getString("confirmedOn"));
        String pdf = pdfText();
        assertTrue(pdf.contains("TLP:AMBER"), pdf);
        assertTrue(pdf.contains("Printed " + today), pdf);
        assertTrue(pdf.contains("+1 612 555 0999"), pdf);

        Api.Answer confirmed = sharer().post("/api/members/me/emergency/confirmation", "");
        assertEquals(200, confirmed.status(), confirmed.body());
        assertEquals(today, confirmed.object().getString("confirmedOn"));
        // leaving the roster: all blank
        assertEquals(200, sharer().put("/api/members/me/emergency", "{}").status());
        assertFalse(onRoster(id));
        assertEquals(409, sharer().post("/api/members/me/emergency/confirmation", "").status(), "nothing to confirm");
    }

    private boolean onRoster(long id) {
        Api.Answer roster = viewer().get("/api/roster");
        assertEquals(200, roster.status(), roster.body());
        return roster.array().stream().map(JsonObject.class::cast).anyMatch(r -> r.getJsonNumber("memberId").longValue() == id);
    }

    private String pdfText() throws IOException, InterruptedException {
        String auth = Base64.getEncoder().encodeToString((Deployments.SECRETARIAT + ":" + Deployments.DEMO_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<byte[]> answer = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(HttpRequest.newBuilder(URI.create(base + "api/roster.pdf"))
                .header("Authorization", "Basic " + auth).header("Accept", "application/pdf").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, answer.statusCode());
        assertEquals("application/pdf", answer.headers().firstValue("Content-Type").orElse(""));
        try (PDDocument pdf = Loader.loadPDF(answer.body())) {
            return new PDFTextStripper().getText(pdf);
        }
    }

    @Test
    void noLoginReachesTheDirectoryOrTheRoster() {
        Api anonymous = Api.anonymous(base);
        assertEquals(401, anonymous.get("/api/directory").status());
        assertEquals(401, anonymous.text("/api/directory.vcf").status());
        assertEquals(401, anonymous.get("/api/roster").status());
        assertEquals(401, anonymous.text("/api/roster.pdf").status());
        var page = new PageClient(base).get("/directory.xhtml");
        assertEquals(302, page.statusCode());
        assertTrue(page.headers().firstValue("Location").orElse("").contains("/login.xhtml"));
        // the yearly confirmation page (no login, a link) shows its own member only, never the directory
        String contact = new PageClient(base).get("/contact.xhtml?token=" + "A".repeat(43)).body();
        assertFalse(contact.contains("Directory of peers"), contact);
    }

    @Test
    void theDirectoryPageShowsOnlyWhatIsShared() {
        JsonObject me = me();
        String search = "/directory.xhtml?q=" + me.getString("lastName") + "%20" + me.getString("firstName");
        String html = new PageClient(base).signIn(Deployments.MEMBER, Deployments.DEMO_PASSWORD).get(search).body();
        assertTrue(html.contains(me.getString("firstName") + " " + me.getString("lastName")), "found by name");
        assertFalse(html.contains(me.getString("email")), "email not shared");
        assertFalse(html.contains(">SECURITY_PRACTITIONER<") || html.contains(">LAW_ENFORCEMENT_OFFICIAL<"), "criteria in words");
        assertEquals(200, sharer().put("/api/members/me/sharing", "{\"email\":true,\"title\":false}").status());
        String again = new PageClient(base).signIn(Deployments.MEMBER, Deployments.DEMO_PASSWORD).get(search).body();
        assertTrue(again.contains(me.getString("email")), "shown once shared");
        assertFalse(again.contains(me.getString("title")), "the title is hidden once unshared");
    }

    @Test
    void inTheBrowserTheDirectoryReadsWellOnALaptopAndAPhoneAndTheDashboardSpeaksWords() throws IOException {
        Browser b = browserAs(Deployments.MEMBER);
        JsonObject member = viewer().get("/api/members/me").object();
        String name = member.getString("firstName") + " " + member.getString("lastName");
        b.waitFor(By.id("memberDashboard"));
        assertTrue(b.text().contains("Welcome, " + name), "greeted by name: " + b.text());
        assertFalse(b.text().contains("Welcome, " + Deployments.MEMBER), b.text());
        assertTrue(b.has(By.id("myEmergency")), "the roster card is on the dashboard");
        assertFalse(b.text().matches("(?s).*\\b(DRAFT|SUBMITTED|APPROVED|PUBLISHED)\\b.*"), "agenda status in words: " + b.text());
        b.screenshot("dashboard-member-words");

        b.open("/directory.xhtml");
        b.waitFor(By.id("search:peers"));
        assertFalse(b.text().contains("SECURITY_PRACTITIONER"), b.text());
        assertTrue(b.text().contains("Security practitioner") || b.text().contains("Law enforcement official"), b.text());
        assertTrue(Files.size(b.screenshot("directory-1366")) > 10_000);
        Long scroll = (Long) ((org.openqa.selenium.JavascriptExecutor) b.driver())
                .executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertTrue(scroll <= 0, "no sideways scrolling at 1366 px: " + scroll);

        b.driver().manage().window().setSize(new Dimension(390, 844));
        b.open("/directory.xhtml");
        b.waitFor(By.id("search:peers"));
        Long phoneScroll = (Long) ((org.openqa.selenium.JavascriptExecutor) b.driver())
                .executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        b.screenshot("directory-phone");
        assertTrue(phoneScroll <= 0, "no sideways scrolling on a phone: " + phoneScroll);
        b.driver().manage().window().setSize(new Dimension(1366, 900));

        b.open("/member/profile.xhtml");
        b.waitFor(By.id("sharing:saveSharing"));
        b.waitFor(By.id("emergency:saveEmergency"));
        assertTrue(b.text().contains("What other members see in the directory"), b.text());
        b.screenshot("profile-sharing");
    }

    @Test
    void theDashboardAsksForAnOverdueRosterEntryAndConfirmsItInOneClick() {
        // a demo member whose 24/7 contacts were last confirmed 400 days ago
        String overdue = "security.airports@steward.example";
        assertFalse(as(overdue).get("/api/members/me/emergency").object().getBoolean("current"));
        Browser b = browserAs(overdue);
        b.waitForText(By.id("myEmergency"), "Are they still right?");
        b.click("myEmergency:confirmEmergency");
        b.waitForText(By.id("myEmergency"), "confirmed for another year");
        b.signOut();
        JsonObject now = as(overdue).get("/api/members/me/emergency").object();
        assertTrue(now.getBoolean("current"), now.toString());
    }

    @Test
    void theHandoverAndTheScorecardShowTheShareOfMembersWithACurrentRosterEntry() {
        JsonObject roster = as(Deployments.SECRETARIAT).get("/api/handover").array().stream().map(JsonObject.class::cast)
                .filter(section -> section.getString("key").equals("roster")).findFirst().orElseThrow();
        assertTrue(roster.getString("title").matches("Emergency roster: \\d+ % of members confirmed in the last 12 months"),
                roster.getString("title"));
        assertFalse(roster.getJsonArray("items").isEmpty(), "members without a current entry are listed: " + roster);
        JsonObject measure = as(Deployments.BOARD).get("/api/scorecard").object().getJsonArray("ingredients").stream()
                .map(JsonObject.class::cast).filter(i -> i.getString("ingredient").equals("RESILIENCY"))
                .flatMap(i -> i.getJsonArray("measures").stream().map(JsonObject.class::cast))
                .filter(m -> m.getString("key").equals("members-on-roster")).findFirst().orElseThrow();
        double share = measure.getJsonNumber("value").doubleValue();
        assertTrue(share > 0 && share < 100, "demo members: some current entries, some missing or overdue: " + share);
    }
}
