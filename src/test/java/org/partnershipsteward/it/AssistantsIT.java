package org.partnershipsteward.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * Issue 17, assistants with a login of their own: named by the member (or the secretariat), they set a password
 * through the link in their mail, see their principals' upcoming summits, answer for them ("by ASSISTANT for
 * MEMBER"), get every summit notice with the calendar entry, and nothing else.
 */
@ExtendWith(Server.class)
class AssistantsIT {

    @RegisterExtension
    static GreenMailExtension mail = Mailbox.server();

    @Server.Url
    URL base;

    private Api secretariat() {
        return NewMembers.secretariat(base);
    }

    private static String assistantBody(String first, String last, String email) {
        return "{\"firstName\":\"" + first + "\",\"lastName\":\"" + last + "\",\"email\":\"" + email + "\"}";
    }

    private static String field(String ics, String name) {
        Matcher m = Pattern.compile("(?m)^" + name + "[;:]([^\\r\\n]*)").matcher(ics);
        assertTrue(m.find(), name + " in\n" + ics);
        return m.group(1);
    }

    @Test
    void anAssistantAnswersOnlyForTheirPrincipalsAndIsRecordedAsAnsweringForThem() {
        NewMembers.Admitted alex = NewMembers.admit(base, mail, "principal");
        NewMembers.Admitted blair = NewMembers.admit(base, mail, "other");
        NewMembers.Admitted casey = NewMembers.admit(base, mail, "third");
        Api asAlex = Api.as(base, alex.email(), alex.password());
        String last = NewMembers.uniqueWord();
        String email = "pat." + last.toLowerCase() + "@assistant.test";
        String body = assistantBody("Pat", last, email);

        // only the secretariat or the member themself name a member's assistants; bad input changes nothing
        assertEquals(403, Api.as(base, blair.email(), blair.password()).post("/api/members/" + alex.id() + "/assistants", body).status());
        Api.Answer bad = asAlex.post("/api/members/" + alex.id() + "/assistants", assistantBody("Pat", "", "not-an-email"));
        assertEquals(400, bad.status(), bad.body());
        assertTrue(bad.isProblem(), bad.contentType());
        assertTrue(asAlex.get("/api/members/" + alex.id() + "/assistants").array().isEmpty(), "a refused assistant was named");
        assertEquals(409, asAlex.post("/api/members/" + alex.id() + "/assistants",
                assistantBody("Blair", "Member", blair.email())).status(), "a member's login is not an assistant's");

        Api.Answer named = asAlex.post("/api/members/" + alex.id() + "/assistants", body);
        assertEquals(201, named.status(), named.body());
        long assistantId = named.object().getJsonNumber("id").longValue();
        assertTrue(named.object().getBoolean("login"));
        // the same person named for Blair by the secretariat: one assistant, one login, two principals
        Api.Answer again = secretariat().post("/api/members/" + blair.id() + "/assistants", body);
        assertEquals(201, again.status(), again.body());
        assertEquals(assistantId, again.object().getJsonNumber("id").longValue());
        assertEquals(email, asAlex.get("/api/members/" + alex.id() + "/assistants").array().getJsonObject(0).getString("email"));

        String password = NewMembers.choosePassword(base, mail, email, "You assist");
        assertFalse(Mailbox.body(Mailbox.await(mail, email, "You assist")).contains(password), "never a password in a mail");
        Api pat = Api.as(base, email, password);
        JsonObject me = pat.get("/api/assistant/me").object();
        assertEquals(2, me.getJsonArray("principals").size(), me.toString());

        // nothing of other members, the board's work, compliance, alerts, minutes, audit or exports
        for (String path : List.of("/api/members", "/api/directory", "/api/roster", "/api/summits", "/api/audit",
                "/api/exports/members", "/api/members/" + casey.id() + "/assistants", "/api/applications")) {
            assertEquals(403, pat.text(path).status(), path);
        }

        long summit = SummitFixtures.published(base, "Assisted summit " + last, 80);
        JsonObject upcoming = pat.get("/api/assistant/summits").array().stream().map(v -> v.asJsonObject())
                .filter(s -> s.getJsonNumber("id").longValue() == summit).findFirst().orElseThrow();
        assertEquals(2, upcoming.getJsonArray("principals").size(), "only the assistant's principals: " + upcoming);

        Api.Answer answered = pat.put("/api/summits/" + summit + "/rsvps/" + alex.id(), "{\"response\":\"YES\"}");
        assertEquals(200, answered.status(), answered.body());
        assertEquals("Pat " + last + " (assistant)", answered.object().getString("answeredBy"));
        // an assistant of A answering for B is refused, and nothing is recorded for B
        Api.Answer forCasey = pat.put("/api/summits/" + summit + "/rsvps/" + casey.id(), "{\"response\":\"NO\"}");
        assertEquals(403, forCasey.status(), forCasey.body());
        assertTrue(forCasey.isProblem());
        assertTrue(secretariat().get("/api/summits/" + summit + "/rsvps").array().stream().map(v -> v.asJsonObject())
                .noneMatch(r -> r.getJsonNumber("memberId").longValue() == casey.id()), "an answer for Casey was recorded");
        assertEquals(400, pat.put("/api/summits/" + summit + "/rsvps/" + alex.id(), "{\"response\":\"SOMETIMES\"}").status());

        JsonObject rsvp = secretariat().get("/api/summits/" + summit + "/rsvps").array().stream().map(v -> v.asJsonObject())
                .filter(r -> r.getJsonNumber("memberId").longValue() == alex.id()).findFirst().orElseThrow();
        assertEquals("Pat " + last + " (assistant)", rsvp.getString("answeredBy"));
        String audit = secretariat().get("/api/audit?subjectType=Summit&subjectId=" + summit + "&size=50").body();
        assertTrue(audit.contains("by Pat " + last + " (assistant) for " + alex.name()), audit);

        // removed from Blair, Pat answers no more for Blair; removed from Alex too, the login closes
        assertEquals(204, secretariat().send("DELETE", "/api/members/" + blair.id() + "/assistants/" + assistantId, null, null).status());
        assertEquals(403, pat.put("/api/summits/" + summit + "/rsvps/" + blair.id(), "{\"response\":\"YES\"}").status());
        assertEquals(200, pat.get("/api/assistant/me").status(), "Pat still assists Alex");
        assertEquals(204, asAlex.send("DELETE", "/api/members/" + alex.id() + "/assistants/" + assistantId, null, null).status());
        assertEquals(401, pat.get("/api/assistant/me").status(), "the last principal gone, the login is closed");
        assertEquals(404, asAlex.send("DELETE", "/api/members/" + alex.id() + "/assistants/" + assistantId, null, null).status());
        String trail = secretariat().get("/api/audit?subjectType=Member&subjectId=" + alex.id() + "&size=50").body();
        assertTrue(trail.contains("ASSISTANT_NAMED") && trail.contains("ASSISTANT_REMOVED"), trail);
    }

    @Test
    void anAssistantGetsTheInvitationTheMoveAndTheCancellationWithTheCalendarEntryOfThePrincipal() throws Exception {
        NewMembers.Admitted alex = NewMembers.admit(base, mail, "notified");
        String last = NewMembers.uniqueWord();
        String email = "sam." + last.toLowerCase() + "@assistant.test";
        assertEquals(201, secretariat().post("/api/members/" + alex.id() + "/assistants", assistantBody("Sam", last, email)).status());

        String title = "Copied summit " + last;
        long summit = SummitFixtures.published(base, title, 80);
        MimeMessage principal = Mailbox.await(mail, alex.email(), "Invitation: " + title);
        MimeMessage invitation = Mailbox.await(mail, email, "Invitation: " + title);
        String copy = Mailbox.body(invitation);
        assertTrue(copy.contains("text/calendar"), "the copy carries the calendar entry:\n" + copy);
        assertTrue(copy.contains("assistant of " + alex.name()), copy);
        String uid = field(Mailbox.body(principal), "UID");
        assertEquals(uid, field(copy, "UID"), "the same calendar entry as the principal's, so the calendar follows");

        Api.Answer moved = secretariat().put("/api/summits/" + summit, SummitFixtures.request(title, "2031-05-21T09:00:00-05:00",
                "2031-05-21T12:00:00-05:00", SummitFixtures.VENUE, 80, SummitFixtures.DEADLINE));
        assertEquals(200, moved.status(), moved.body());
        String rescheduled = Mailbox.body(Mailbox.await(mail, email, "Rescheduled: " + title));
        assertTrue(rescheduled.contains("text/calendar"), rescheduled);
        assertEquals(uid, field(rescheduled, "UID"));

        assertEquals(200, secretariat().post("/api/summits/" + summit + "/cancellation", "{\"reason\":\"Venue flooded\"}").status());
        String cancelled = Mailbox.body(Mailbox.await(mail, email, "Cancelled: " + title));
        assertTrue(cancelled.contains("text/calendar"), cancelled);
        assertTrue(cancelled.contains("METHOD:CANCEL"), cancelled);
        assertEquals(uid, field(cancelled, "UID"));
    }

    @Test
    void browserWalkTheMemberNamesAnAssistantWhoAnswersForThemAndTheMemberSeesWhoAnswered() {
        NewMembers.Admitted alex = NewMembers.admit(base, mail, "walker");
        String last = NewMembers.uniqueWord();
        String email = "lee." + last.toLowerCase() + "@assistant.test";
        String title = "Walked summit " + last;
        long summit = SummitFixtures.published(base, title, 80);

        try (Browser b = new Browser(base)) {
            // the member names their assistant on their profile page
            b.signIn(alex.email(), alex.password()).open("/member/profile.xhtml");
            b.type("assistants:assistantFirstName", "Lee");
            b.type("assistants:assistantLastName", last);
            b.type("assistants:assistantEmail", email);
            b.click("assistants:addAssistant");
            b.waitForText(By.id("assistants:assistantList"), email);
            b.signOut();

            // the assistant chooses a password through the link in their mail, signs in and lands on their portal
            String link = Mailbox.link(Mailbox.await(mail, email, "You assist"), "http://steward.test/set-password.xhtml?token=");
            String password = "assistant-" + last;
            b.open(link.substring("http://steward.test".length()));
            b.type("password:new", password);
            b.type("password:repeat", password);
            b.click("password:save");
            b.waitFor(By.id("done"));
            b.signIn(email, password);
            assertTrue(b.path().contains("/assistant/index.xhtml"), "the assistant's start page: " + b.path());
            assertFalse(b.has(By.id("nav:mMembers")) || b.has(By.id("nav:mDirectory")), "no link to other members' pages");
            By yes = By.xpath("//section[h2[normalize-space()='" + title + "']]//tr[td[normalize-space()='" + alex.name()
                    + "']]//button[contains(@class,'answer-yes')]");
            b.click(yes);
            b.waitForText(By.id("portal"), "answered by Lee " + last + " (assistant)");
            b.open("/members/index.xhtml");
            assertEquals("Not for your role", b.waitFor(By.id("errorTitle")).getText(), "the members' list refuses an assistant");
            b.signOut();

            // the principal sees who answered
            b.signIn(alex.email(), alex.password()).open("/summits/view.xhtml?id=" + summit);
            String note = b.waitForText(By.id("summit:myAnsweredBy"), "Answered by Lee " + last + " (assistant) on");
            assertTrue(note.contains("(assistant)"), note);
            b.signOut();

            // the principal leaves the partnership: an assistant who assists no current member signs in no more
            assertEquals(200, Api.as(base, email, password).get("/api/assistant/me").status());
            Api.Answer left = secretariat().post("/api/members/" + alex.id() + "/status",
                    "{\"status\":\"RESIGNED\",\"reason\":\"moved away\"}");
            assertEquals(200, left.status(), left.body());
            assertEquals(401, Api.as(base, email, password).get("/api/assistant/me").status());
        }
    }
}
