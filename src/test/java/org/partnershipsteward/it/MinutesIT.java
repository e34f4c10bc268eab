package org.partnershipsteward.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * Issue 16 through the API: minutes drafted per agenda item with kept revisions and their comparison, submitted,
 * approved by the board's majority through the ballot, published (mailed without the TLP:RED section), read by
 * members (the TLP:RED notes only by those who attended), edited back to draft; action items assigned (mailed with a
 * link), closed by the owner from the link or the API and by no one else; the next agenda opens with the review of
 * open actions. Hostile input changes nothing and never gets a 500.
 */
@ExtendWith(Server.class)
class MinutesIT {

    @RegisterExtension
    static GreenMailExtension mail = Mailbox.server();

    @Server.Url
    URL base;

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    private Api as(String email) {
        return Api.as(base, email, Deployments.DEMO_PASSWORD);
    }

    private Api secretariat() {
        return as(Deployments.SECRETARIAT);
    }

    private long summit(String title, String day) {
        Api.Answer created = secretariat().post("/api/summits", "{\"title\":\"" + title + "\",\"startsAt\":\"" + day
                + "T09:00:00-05:00\",\"endsAt\":\"" + day + "T12:00:00-05:00\",\"venue\":\"Union Depot, Saint Paul\","
                + "\"capacity\":80,\"rsvpDeadline\":\"" + day + "T08:00:00-05:00\"}");
        assertEquals(201, created.status(), created.body());
        return created.object().getJsonNumber("id").longValue();
    }

    private long item(long summitId, String title, String sharing) {
        Api.Answer added = secretariat().post("/api/summits/" + summitId + "/agenda/items", "{\"title\":\"" + title
                + "\",\"topic\":\"Cybersecurity\",\"minutes\":30,\"sharing\":\"" + sharing + "\"}");
        assertEquals(201, added.status(), added.body());
        return added.object().getJsonNumber("id").longValue();
    }

    private long memberId(String email) {
        return as(email).get("/api/members/me").object().getJsonNumber("id").longValue();
    }

    private List<String> seatedBoard() {
        return NewMembers.seatedBoard(base);
    }

    private String pdfText(Api caller, String path) throws Exception {
        java.net.http.HttpResponse<byte[]> pdf = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build().send(java.net.http.HttpRequest
                .newBuilder(base.toURI().resolve(path)).header("Authorization", caller.authorization()).GET().build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document);
        }
    }

    private static JsonObject section(JsonObject minutes, long itemId) {
        return minutes.getJsonArray("items").stream().map(v -> v.asJsonObject())
                .filter(s -> s.getJsonNumber("agendaItemId").longValue() == itemId).findFirst().orElseThrow();
    }

    @Test
    void minutesGoFromDraftThroughTheBoardToTheMembersAndActionsComeBackOnTheNextAgenda() throws Exception {
        long summit = summit("Minutes summit " + run, "2032-03-10");
        long open = item(summit, "Welcome " + run, "TLP_CLEAR");
        long red = item(summit, "Red briefing " + run, "TLP_RED");
        long chatham = item(summit, "Round table " + run, "CHATHAM_HOUSE");
        long attendee = memberId(Deployments.MEMBER);
        assertEquals(201, secretariat().post("/api/summits/" + summit + "/attendance", "{\"memberId\":" + attendee + "}").status());
        JsonObject me = as(Deployments.MEMBER).get("/api/members/me").object();

        // a draft nobody saved yet: one section per agenda item, the attendance from the check-in; members may not read it
        JsonObject empty = secretariat().get("/api/summits/" + summit + "/minutes").object();
        assertEquals("DRAFT", empty.getString("status"));
        assertEquals(0, empty.getInt("revision"));
        // one section per accepted item (the agenda opened with the review of actions still open from earlier summits)
        assertEquals(java.util.Set.of(open, red, chatham), empty.getJsonArray("items").stream()
                .map(v -> v.asJsonObject().getJsonNumber("agendaItemId").longValue()).filter(i -> i == open || i == red || i == chatham)
                .collect(java.util.stream.Collectors.toSet()));
        assertEquals("Review of open actions", empty.getJsonArray("items").getJsonObject(0).getString("title"));
        assertEquals(attendee, empty.getJsonArray("attendees").getJsonNumber(0).longValue());
        assertEquals("TLP_RED", section(empty, red).getString("sharing"));
        assertEquals(403, as(Deployments.MEMBER).get("/api/summits/" + summit + "/minutes").status());

        // every save is a kept revision; the Chatham House section that names an attendee is warned about
        String redNotes = "Plant seven perimeter gap " + run;
        Api.Answer saved = secretariat().put("/api/summits/" + summit + "/minutes", "{\"items\":[{\"agendaItemId\":" + open
                + ",\"notes\":\"Opened at nine.\"},{\"agendaItemId\":" + red + ",\"notes\":\"" + redNotes + "\"},{\"agendaItemId\":"
                + chatham + ",\"notes\":\"" + me.getString("lastName") + " said the drill was late.\"}]}");
        assertEquals(200, saved.status(), saved.body());
        assertEquals(1, saved.object().getInt("revision"));
        assertTrue(saved.object().getJsonArray("warnings").getString(0).contains("Chatham House"), saved.body());
        Api.Answer same = secretariat().put("/api/summits/" + summit + "/minutes", "{\"items\":[{\"agendaItemId\":" + open
                + ",\"notes\":\"Opened at nine.\"}]}");
        assertEquals(1, same.object().getInt("revision"), "a save that changes nothing is no new revision");
        Api.Answer second = secretariat().put("/api/summits/" + summit + "/minutes", "{\"items\":[{\"agendaItemId\":" + chatham
                + ",\"notes\":\"A member said the drill was late.\"}]}");
        assertEquals(2, second.object().getInt("revision"));
        assertEquals(0, second.object().getJsonArray("warnings").size());
        assertEquals("Opened at nine.", section(second.object(), open).getString("notes"), "unnamed sections keep their notes");
        assertEquals(2, secretariat().get("/api/summits/" + summit + "/minutes/revisions").array().size());
        JsonObject comparison = secretariat().get("/api/summits/" + summit + "/minutes/revisions/2/comparison").object();
        JsonObject changed = comparison.getJsonArray("sections").stream().map(v -> v.asJsonObject())
                .filter(s -> s.getJsonNumber("agendaItemId").longValue() == chatham).findFirst().orElseThrow();
        assertTrue(changed.getBoolean("changed"));
        assertEquals(List.of("REMOVED", "ADDED"), changed.getJsonArray("lines").stream().map(l -> l.asJsonObject().getString("kind")).toList());

        // hostile and wrong input: clear 400/409, nothing changes
        String path = "/api/summits/" + summit + "/minutes";
        assertEquals(400, secretariat().put(path, "{\"items\":[{\"agendaItemId\":999999999,\"notes\":\"x\"}]}").status());
        assertEquals(400, secretariat().put(path, "{\"items\":[{\"agendaItemId\":" + open + "},{\"agendaItemId\":" + open + "}]}").status());
        assertEquals(400, secretariat().put(path, "{\"items\":[{\"agendaItemId\":" + open + ",\"notes\":\"" + "A".repeat(20_001) + "\"}]}").status());
        assertEquals(400, secretariat().put(path, "{}").status());
        assertEquals(400, secretariat().put(path, "{\"items\":[{\"agendaItemId\":\"abc\"}]}").status());
        assertEquals(400, secretariat().put(path, "{\"items\":").status());
        assertEquals(400, secretariat().get(path + "/revisions/7/comparison").status());
        assertEquals(403, as(Deployments.MEMBER).put(path, "{\"items\":[]}").status());
        assertEquals(409, secretariat().post(path + "/publication", "").status(), "only approved minutes are published");
        assertEquals(2, secretariat().get(path).object().getInt("revision"));

        // submission and the board's majority through the ballot
        assertEquals("SUBMITTED", secretariat().post(path + "/submission", "").object().getString("status"));
        assertEquals(409, secretariat().post(path + "/submission", "").status());
        assertEquals(403, as(Deployments.MEMBER).post(path + "/votes", "{\"decision\":\"APPROVE\"}").status());
        List<String> board = seatedBoard();
        assertEquals(400, as(board.get(0)).post(path + "/votes", "{\"decision\":\"MAYBE\"}").status());
        String status = "SUBMITTED";
        for (int i = 0; i < board.size() / 2 + 1; i++) {
            Api.Answer vote = as(board.get(i)).post(path + "/votes", "{\"decision\":\"APPROVE\",\"comment\":\"fine " + run + "\"}");
            assertEquals(200, vote.status(), vote.body());
            status = vote.object().getString("status");
        }
        assertEquals("APPROVED", status);
        assertTrue(AuditEntries.of(secretariat(), "Summit", summit).stream().anyMatch(e -> "MINUTES_APPROVED".equals(e.getString("action"))));

        // publication mails the members the link and the sections a mail may carry: never the TLP:RED notes
        Mailbox.Mark mark = Mailbox.mark(mail);
        assertEquals("PUBLISHED", secretariat().post(path + "/publication", "").object().getString("status"));
        String mailed = Mailbox.body(Mailbox.await(mail, mark, Deployments.MEMBER, "Minutes approved: Minutes summit " + run));
        assertTrue(mailed.contains("http://steward.test/summits/minutes.xhtml?id=" + summit), mailed);
        assertTrue(mailed.contains("Opened at nine."), mailed);
        assertFalse(mailed.contains(redNotes), "no TLP:RED notes in a mail");
        assertFalse(mailed.contains("Red briefing " + run), "no TLP:RED title in a mail");

        // members read the published minutes; the TLP:RED notes only those who attended
        JsonObject read = as(Deployments.MEMBER).get(path).object();
        assertEquals("PUBLISHED", read.getString("status"));
        assertEquals(redNotes, section(read, red).getString("notes"));
        String absent = board.stream().filter(e -> !e.equals(Deployments.MEMBER)).findFirst().orElseThrow();
        JsonObject other = as(absent).get(path).object();
        assertTrue(section(other, red).getBoolean("withheld"));
        assertFalse(section(other, red).getString("notes").contains(redNotes));

        // the printable copy for mailing holds every section under its label but no TLP:RED notes; the full copy is the secretariat's
        String printed = pdfText(as(Deployments.MEMBER), path + "/pdf");
        assertTrue(printed.contains("Opened at nine."), printed);
        assertTrue(printed.contains("[TLP:CLEAR]"), printed);
        assertFalse(printed.contains(redNotes), printed);
        assertTrue(pdfText(secretariat(), path + "/pdf?copy=full").contains(redNotes));
        assertEquals(403, as(Deployments.MEMBER).text(path + "/pdf?copy=full").status());
        assertEquals(400, secretariat().text(path + "/pdf?copy=%3Cx%3E").status());

        // editing published minutes makes them a draft again
        Api.Answer edited = secretariat().put(path, "{\"items\":[{\"agendaItemId\":" + open + ",\"notes\":\"Opened at 9:05.\"}]}");
        assertEquals("DRAFT", edited.object().getString("status"));
        assertEquals(403, as(Deployments.MEMBER).get(path).status());

        // action items: assigned with a mail and a link; the link's GET changes nothing, its POST closes the item
        String actions = "/api/summits/" + summit + "/actions";
        Api.Answer assigned = secretariat().post(actions, "{\"title\":\"Share the drill plan " + run + "\",\"ownerMemberId\":"
                + attendee + ",\"due\":\"2032-04-30\"}");
        assertEquals(201, assigned.status(), assigned.body());
        assertEquals("OPEN", assigned.object().getString("status"));
        long first = assigned.object().getJsonNumber("id").longValue();
        String stored = secretariat().get("/api/notices?recipient=" + Deployments.MEMBER + "&kind=ACTION_ASSIGNED").body();
        assertTrue(stored.contains("Share the drill plan " + run), "the assignment is in the outbox: " + stored);
        jakarta.mail.internet.MimeMessage assignedMail;
        try {
            // the subject is unique to this run, so any mail of the run may match (no mark)
            assignedMail = Mailbox.await(mail, Deployments.MEMBER, "Action for you: Share the drill plan " + run);
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; the outbox holds: "
                    + secretariat().get("/api/notices?recipient=" + Deployments.MEMBER + "&kind=ACTION_ASSIGNED").body(), e);
        }
        String link = Mailbox.link(assignedMail, "http://steward.test/action/").substring("http://steward.test".length());
        assertEquals(302, Api.anonymous(base).get(link).status());
        assertEquals("OPEN", secretariat().get("/api/actions?summitId=" + summit).array().getJsonObject(0).getString("status"));
        assertEquals(302, Api.anonymous(base).send("POST", link, "application/x-www-form-urlencoded", "status=DONE&note=sent").status());
        assertEquals("DONE", secretariat().get("/api/actions?summitId=" + summit + "&status=DONE").array().getJsonObject(0).getString("status"));

        Api.Answer second2 = secretariat().post(actions, "{\"title\":\"Map the cameras " + run + "\",\"ownerMemberId\":"
                + attendee + ",\"due\":\"2032-05-31\"}");
        long stillOpen = second2.object().getJsonNumber("id").longValue();
        assertEquals(403, as(absent).put("/api/actions/" + stillOpen, "{\"status\":\"DONE\"}").status(), "only the owner");
        assertEquals(400, as(Deployments.MEMBER).put("/api/actions/" + stillOpen, "{\"status\":\"DROPPED\"}").status(),
                "dropping needs a note");
        assertEquals(400, as(Deployments.MEMBER).put("/api/actions/" + stillOpen, "{\"status\":\"FINISHED\"}").status());
        assertEquals(403, as(Deployments.MEMBER).put("/api/actions/" + first, "{\"status\":\"OPEN\"}").status(), "an owner does not re-open");
        assertTrue(as(absent).get("/api/actions?ownerMemberId=" + attendee).array().size() >= 2, "the board sees every owner's");
        assertTrue(as(Deployments.MEMBER).get("/api/actions").array().stream()
                .allMatch(a -> a.asJsonObject().getJsonNumber("ownerMemberId").longValue() == attendee), "a member sees their own");
        assertEquals(400, secretariat().post(actions, "{\"title\":\"Too early\",\"ownerMemberId\":" + attendee + ",\"due\":\"2032-01-01\"}").status());
        assertEquals(400, secretariat().post(actions, "{\"title\":\"No owner\",\"ownerMemberId\":999999999,\"due\":\"2032-05-01\"}").status());
        assertEquals(400, secretariat().post(actions, "{\"title\":\"" + "A".repeat(301) + "\",\"ownerMemberId\":" + attendee + ",\"due\":\"2032-05-01\"}").status());
        assertEquals(400, secretariat().post(actions, "{\"title\":\"Bad day\",\"ownerMemberId\":" + attendee + ",\"due\":\"31/05/2032\"}").status());
        assertEquals(403, as(Deployments.MEMBER).post(actions, "{\"title\":\"Mine\",\"ownerMemberId\":" + attendee + ",\"due\":\"2032-05-01\"}").status());
        assertEquals(404, secretariat().put("/api/actions/999999999", "{\"status\":\"DONE\"}").status());

        // the next summit's agenda opens with the review of the actions still open
        long next = summit("Next summit " + run, "2032-09-15");
        JsonObject agenda = secretariat().get("/api/summits/" + next + "/agenda").object();
        JsonObject review = agenda.getJsonArray("items").getJsonObject(0);
        assertEquals("Review of open actions", review.getString("title"));
        List<Long> listed = review.getJsonArray("actions").stream().map(v -> ((jakarta.json.JsonNumber) v).longValue()).toList();
        assertTrue(listed.contains(stillOpen), review.toString());
        assertFalse(listed.contains(first), "a closed action is not carried over");
    }

    @Test
    void aPersonDraftsTheBoardApprovesInThePagesAMemberReadsAndTheOwnerClosesTheirAction() throws Exception {
        long summit = summit("Walk summit " + run, "2033-03-09");
        long opening = item(summit, "Opening round " + run, "TLP_CLEAR");
        long attendee = memberId(Deployments.MEMBER);
        assertEquals(201, secretariat().post("/api/summits/" + summit + "/attendance", "{\"memberId\":" + attendee + "}").status());
        JsonObject me = as(Deployments.MEMBER).get("/api/members/me").object();
        String ownerName = me.getString("firstName") + " " + me.getString("lastName");
        try (Browser b = new Browser(base)) {
            // the secretariat drafts the section and assigns an action in the page, then submits
            b.signIn(Deployments.SECRETARIAT, Deployments.DEMO_PASSWORD);
            b.open("/summits/minutes.xhtml?id=" + summit);
            b.waitForText(By.id("minutesStatus"), "DRAFT");
            var notes = b.waitFor(By.cssSelector("#section-" + opening + " textarea"));
            notes.sendKeys("Each member named the first call they make in a crisis " + run + ".");
            b.click("minutes:save");
            b.waitForText(By.id("minutes:messages"), "Saved as revision 1");
            b.type("minutes:actionTitle", "Walk action to close " + run);
            b.choose("minutes:actionOwner", ownerName);
            b.type("minutes:actionDue_input", "2033-04-30");
            b.click("minutes:assignAction");
            b.waitForText(By.id("minutes:messages"), "Action assigned to " + ownerName);
            b.click("minutes:submitMinutes");
            b.waitForText(By.id("minutesStatus"), "SUBMITTED");
            b.screenshot("minutes-secretariat");

            // board members approve in their queue until the majority decides
            List<String> board = seatedBoard();
            for (int i = 0; i < board.size() / 2 + 1; i++) {
                b.signOut().signIn(board.get(i), Deployments.DEMO_PASSWORD);
                b.open("/board/queue.xhtml");
                b.waitFor(By.id("minutes-" + summit));
                b.click(By.xpath("//section[@id='minutes-" + summit + "']//button[contains(@id,'approveMinutes')]"));
                b.waitForText(By.id("queue:messages"), "is recorded");
            }

            // the secretariat publishes; the member reads the minutes in the portal
            b.signOut().signIn(Deployments.SECRETARIAT, Deployments.DEMO_PASSWORD);
            b.open("/summits/minutes.xhtml?id=" + summit);
            b.waitForText(By.id("minutesStatus"), "APPROVED");
            b.click("minutes:publishMinutes");
            b.waitForText(By.id("minutesStatus"), "PUBLISHED");
            b.signOut().signIn(Deployments.MEMBER, Deployments.DEMO_PASSWORD);
            b.open("/summits/minutes.xhtml?id=" + summit);
            b.waitForText(By.id("section-" + opening), "the first call they make in a crisis " + run);
            b.screenshot("minutes-member");

            // a second action stays open; the owner closes the first one on "My actions"
            Api.Answer open = secretariat().post("/api/summits/" + summit + "/actions", "{\"title\":\"Walk action left open " + run
                    + "\",\"ownerMemberId\":" + attendee + ",\"due\":\"2033-05-31\"}");
            assertEquals(201, open.status(), open.body());
            long closing = secretariat().get("/api/actions?summitId=" + summit).array().stream().map(v -> v.asJsonObject())
                    .filter(a -> a.getString("title").equals("Walk action to close " + run)).findFirst().orElseThrow()
                    .getJsonNumber("id").longValue();
            b.open("/member/actions.xhtml");
            b.waitFor(By.id("action-" + closing));
            b.click(By.xpath("//section[@id='action-" + closing + "']//button[contains(@id,'done')]"));
            b.waitForText(By.id("myActions:messages"), "is done");
            b.waitForText(By.id("action-" + closing), "Done"); // the status in words (issue 19)

            // the next summit's agenda opens with the review, listing what is still open
            long next = summit("Walk follow-up " + run, "2033-09-14");
            b.signOut().signIn(Deployments.SECRETARIAT, Deployments.DEMO_PASSWORD);
            b.open("/summits/view.xhtml?id=" + next);
            String listed = b.waitForText(By.id("summit:agenda"), "Review of open actions");
            assertTrue(listed.contains("Walk action left open " + run), listed);
            assertFalse(listed.contains("Walk action to close " + run), listed);
            b.screenshot("next-agenda-review");
        }
    }
}
