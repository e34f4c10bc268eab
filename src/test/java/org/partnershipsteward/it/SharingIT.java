package org.partnershipsteward.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Sharing labels hold on every path out of the portal: a TLP:RED item's title and presenter are in no mail and no
 * calendar entry (only "a restricted item" with a link to the summit's page), a TLP:AMBER+STRICT item never reaches
 * an assistant, a Chatham House item carries its rule, and the page shows each label in FIRST's colours.
 */
@ExtendWith(Server.class)
class SharingIT {

    @RegisterExtension
    static GreenMailExtension mail = Mailbox.server();

    @Server.Url
    URL base;

    private static final String MEMBER = Deployments.MEMBER;
    private static final String ASSISTANT = "mark.ellis@steward.example"; // member@steward.example's assistant (demo data)

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String summitTitle = "Sharing summit " + run;
    private final String redTitle = "Red briefing on plant seven " + run;
    private final String redPresenter = "Rowan Redacted " + run;
    private final String strictTitle = "Strict ransom playbook " + run;
    private final String strictPresenter = "Sasha Strict " + run;
    private final String chathamTitle = "Chatham round table " + run;

    private Api as(String email) {
        return Api.as(base, email, Deployments.DEMO_PASSWORD);
    }

    private Api secretariat() {
        return as(Deployments.SECRETARIAT);
    }

    private void addItem(long id, String title, String presenter, String sharing) {
        Api.Answer added = secretariat().post("/api/summits/" + id + "/agenda/items", "{\"title\":\"" + title
                + "\",\"topic\":\"Cybersecurity\",\"presenter\":\"" + presenter + "\",\"minutes\":30,\"sharing\":\"" + sharing + "\"}");
        assertEquals(201, added.status(), added.body());
    }

    private long publishedSummit() {
        Api.Answer created = secretariat().post("/api/summits", "{\"title\":\"" + summitTitle + "\",\"startsAt\":\"2031-03-12T09:00:00-05:00\","
                + "\"endsAt\":\"2031-03-12T12:00:00-05:00\",\"venue\":\"Union Depot, Saint Paul\",\"capacity\":80,"
                + "\"rsvpDeadline\":\"2031-03-05T17:00:00-05:00\"}");
        assertEquals(201, created.status(), created.body());
        long id = created.object().getJsonNumber("id").longValue();
        addItem(id, "Open welcome " + run, "Pat Open", "TLP_CLEAR");
        addItem(id, redTitle, redPresenter, "TLP_RED");
        addItem(id, strictTitle, strictPresenter, "TLP_AMBER_STRICT");
        addItem(id, chathamTitle, "Chris Chatham", "CHATHAM_HOUSE");
        assertEquals("SUBMITTED", secretariat().post("/api/summits/" + id + "/agenda/submission", "").object().getString("agendaStatus"));
        List<String> board = NewMembers.seatedBoard(base);
        for (int i = 0; i < board.size() / 2 + 1; i++) {
            Api.Answer vote = as(board.get(i)).post("/api/summits/" + id + "/agenda/votes", "{\"decision\":\"APPROVE\"}");
            assertEquals(200, vote.status(), vote.body());
        }
        assertEquals("PUBLISHED", secretariat().post("/api/summits/" + id + "/agenda/publication", "").object().getString("agendaStatus"));
        return id;
    }

    /** Subject and every part of the mail decoded (text, HTML, the .ics), with calendar lines unfolded. */
    private static String decoded(MimeMessage message) throws Exception {
        List<String> parts = new ArrayList<>();
        parts.add(message.getSubject());
        collect(message, parts);
        return String.join("\n----\n", parts).replace("\r\n ", "").replace("\r\n\t", "").replace("\\n", "\n").replace("\\,", ",");
    }

    private static void collect(Part part, List<String> into) throws Exception {
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                collect(multipart.getBodyPart(i), into);
            }
        } else {
            try (InputStream in = part.getInputStream()) {
                into.add(part.getContentType() + "\n" + new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
    }

    private static String calendarPart(String decoded) {
        int at = decoded.indexOf("BEGIN:VCALENDAR");
        assertTrue(at >= 0, "the mail carries a calendar entry");
        return decoded.substring(at, decoded.indexOf("END:VCALENDAR", at));
    }

    private void assertNoRed(String what, String text) {
        assertFalse(text.contains(redTitle), what + " holds the TLP:RED title:\n" + text);
        assertFalse(text.contains("plant seven"), what + " holds part of the TLP:RED title:\n" + text);
        assertFalse(text.contains(redPresenter), what + " names the TLP:RED presenter:\n" + text);
    }

    @Test
    void aRedItemStaysInThePortalAmberStrictNeverReachesAnAssistantAndChathamHouseSaysItsRule() throws Exception {
        long id = publishedSummit();
        String page = "http://steward.test/summits/view.xhtml?id=" + id;

        MimeMessage invitation = Mailbox.await(mail, MEMBER, "Invitation: " + summitTitle);
        MimeMessage copy = Mailbox.await(mail, ASSISTANT, "Invitation: " + summitTitle);
        Api.Answer answered = as(MEMBER).put("/api/summits/" + id + "/rsvp", "{\"response\":\"YES\"}");
        assertEquals(200, answered.status(), answered.body());
        MimeMessage confirmation = Mailbox.await(mail, MEMBER, "Your response for " + summitTitle);

        // the member's invitation: the RED item only as a restricted item with the way to the portal
        String member = decoded(invitation);
        assertNoRed("the member's invitation", member);
        assertTrue(member.contains("Restricted item (30 min) [TLP:RED]"), member);
        assertTrue(member.contains("A restricted item is on the agenda"), member);
        assertTrue(member.contains(page), "the mail links to the summit's page in the portal:\n" + member);
        assertTrue(member.contains(strictTitle + " (30 min) [TLP:AMBER+STRICT]"), "the member may read an AMBER+STRICT item:\n" + member);
        assertTrue(member.contains(chathamTitle + " (30 min) [Chatham House Rule: use the information, do not attribute it]"), member);

        // the member's calendar entry: neither RED nor AMBER+STRICT (calendars are shared with delegates), Chatham House says so
        String ics = calendarPart(member);
        assertNoRed("the invitation's calendar entry", ics);
        assertFalse(ics.contains(strictTitle), "an AMBER+STRICT title in the calendar entry:\n" + ics);
        assertTrue(ics.contains("Restricted item (30 min) [TLP:RED]"), ics);
        assertTrue(ics.contains("Restricted item (30 min) [TLP:AMBER+STRICT]"), ics);
        assertTrue(ics.contains("Chatham House Rule: use the information, do not attribute it"), ics);
        assertNoRed("the confirmation and its calendar entry", decoded(confirmation));

        // the assistant's copy: no RED, no AMBER+STRICT, but it says restricted items exist and where
        String assistant = decoded(copy);
        assertNoRed("the assistant's copy", assistant);
        assertFalse(assistant.contains(strictTitle), "the assistant's copy holds the AMBER+STRICT title:\n" + assistant);
        assertFalse(assistant.contains(strictPresenter), "the assistant's copy names the AMBER+STRICT presenter:\n" + assistant);
        assertTrue(assistant.contains("Restricted item (30 min) [TLP:AMBER+STRICT]"), assistant);
        assertTrue(assistant.contains(page), assistant);
        assertTrue(assistant.contains("Chatham House Rule: use the information, do not attribute it"), assistant);

        // the calendar file from the portal, the server log, and every mail anyone received in this run
        String download = as(MEMBER).text("/api/summits/" + id + "/invite.ics").body().replace("\r\n ", "").replace("\\,", ",");
        assertNoRed("the downloaded calendar entry", download);
        assertFalse(download.contains(strictTitle), download);
        Path serverLog = Path.of(System.getProperty("it.tmpdir", "target"), "it-server.log");
        assertTrue(Files.isRegularFile(serverLog), "no server log at " + serverLog.toAbsolutePath());
        assertNoRed("the server log", Files.readString(serverLog, StandardCharsets.ISO_8859_1));
        Mailbox.await(mail, "cso.stonearch@steward.example", "Invitation: " + summitTitle);
        int mails = 0;
        for (MimeMessage any : mail.getReceivedMessages()) {
            String text = decoded(any);
            assertNoRed("a mail to " + Mailbox.to(any) + " (" + Mailbox.subject(any) + ")", text);
            if (Mailbox.to(any).equalsIgnoreCase(ASSISTANT)) {
                assertFalse(text.contains(strictTitle), "a mail to the assistant holds the AMBER+STRICT title:\n" + text);
            }
            mails += text.contains(summitTitle) ? 1 : 0;
        }
        assertTrue(mails >= 4, "mails about the summit were checked: " + mails);
    }

    @Test
    void thePageShowsEachLabelAsFirstWritesItInFirstsColours() throws Exception {
        long id = publishedSummit();
        String html = new PageClient(base).signIn(MEMBER, Deployments.DEMO_PASSWORD).get("/summits/view.xhtml?id=" + id).body();
        assertTrue(html.contains(redTitle), "a member reads the RED item in the portal");
        assertTrue(html.contains("class=\"tlp tlp-red\"") && html.contains(">TLP:RED<"), html);
        assertTrue(html.contains("class=\"tlp tlp-amber-strict\"") && html.contains(">TLP:AMBER+STRICT<"), html);
        assertTrue(html.contains("class=\"tlp tlp-clear\"") && html.contains(">TLP:CLEAR<"), html);
        assertTrue(html.contains("Chatham House Rule: use the information, do not attribute it"), html);

        try (Browser browser = new Browser(base)) {
            browser.signIn(MEMBER, Deployments.DEMO_PASSWORD).open("/summits/view.xhtml?id=" + id);
            WebElement red = browser.waitFor(By.xpath("//span[contains(@class,'tlp-red')]"));
            assertEquals("TLP:RED", red.getText());
            assertEquals("rgba(255, 43, 43, 1)", red.getCssValue("color"), "FIRST's red, #FF2B2B");
            assertEquals("rgba(0, 0, 0, 1)", red.getCssValue("background-color"), "on black");
            WebElement strict = browser.driver().findElement(By.xpath("//span[contains(@class,'tlp-amber-strict')]"));
            assertEquals("TLP:AMBER+STRICT", strict.getText());
            assertEquals("rgba(255, 192, 0, 1)", strict.getCssValue("color"), "FIRST's amber, #FFC000");
            WebElement clear = browser.driver().findElement(By.xpath("//span[contains(@class,'tlp-clear')]"));
            assertEquals("rgba(255, 255, 255, 1)", clear.getCssValue("color"), "FIRST's clear, #FFFFFF");
        }
    }
}
