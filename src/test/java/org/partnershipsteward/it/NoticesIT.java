package org.partnershipsteward.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.URL;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Notices end to end: a decision stores its notices, the relay delivers them to a real SMTP server. */
@ExtendWith(Server.class)
class NoticesIT {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(
            new ServerSetup(Mailbox.port(), "127.0.0.1", "smtp"));

    @Server.Url
    URL base;

    private Api secretariat() {
        return Api.as(base, Deployments.SECRETARIAT, Deployments.DEMO_PASSWORD);
    }

    /** The received mails that match, once there are at least {@code count} of them (or after 60 s). */
    private static List<MimeMessage> awaitMessages(java.util.function.Predicate<MimeMessage> which, int count)
            throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        List<MimeMessage> matching = List.of();
        while (System.nanoTime() < deadline) {
            matching = Arrays.stream(greenMail.getReceivedMessages()).filter(which).toList();
            if (matching.size() >= count) {
                break;
            }
            Thread.sleep(250);
        }
        Thread.sleep(1500); // a duplicate would arrive right behind
        return Arrays.stream(greenMail.getReceivedMessages()).filter(which).toList();
    }

    @Test
    void amendingTheBylawsMailsEveryMemberWithBothPartsAndADeepLink() throws Exception {
        JsonObject current = secretariat().get("/api/bylaws").object();
        String amended = current.toString().replace("\"minWeeksBetween\":" + current.getJsonObject("cadence").getInt("minWeeksBetween"),
                "\"minWeeksBetween\":9").replace("\"summary\":\"", "\"summary\":\"Summits at least nine weeks apart. ");
        Api.Answer adopted = secretariat().post("/api/bylaws", amended);
        assertEquals(201, adopted.status(), adopted.body());
        int version = adopted.object().getInt("version");

        long currentMembers = secretariat().get("/api/members").array().stream()
                .map(m -> m.asJsonObject().getString("status")).filter(s -> s.equals("ACTIVE") || s.equals("AT_RISK")).count();
        assertTrue(currentMembers > 30, "the demo partnership's current members: " + currentMembers);
        List<MimeMessage> bylawsMails = awaitMessages(m -> subject(m).contains("version " + version), (int) currentMembers);
        assertEquals(currentMembers, bylawsMails.size(), "one mail per current member");
        assertTrue(bylawsMails.stream().noneMatch(m -> recipient(m).equals("chief.former@steward.example")),
                "a resigned member is not asked");

        MimeMessage mail = bylawsMails.stream().filter(m -> recipient(m).equals("member@steward.example")).findFirst().orElseThrow();
        String raw = GreenMailUtil.getWholeMessage(mail);
        assertTrue(raw.contains("multipart/alternative"), "text and HTML alternatives");
        assertTrue(raw.contains("text/plain") && raw.contains("text/html"));
        assertTrue(raw.contains("http://steward.test/bylaws.xhtml"), "deep link from partnership.base-url");
        assertTrue(raw.contains("Priya Natarajan"), "the recipient's name");
        assertTrue(mail.getContent() instanceof MimeMultipart);

        Api.Answer log = secretariat().get("/api/notices?kind=BYLAWS_AMENDED&recipient=member@steward.example");
        assertEquals(200, log.status(), log.body());
        JsonObject entry = log.array().stream().map(v -> v.asJsonObject())
                .filter(n -> n.getString("subject").contains("version " + version)).findFirst().orElseThrow();
        assertEquals(mail.getMessageID(), entry.getString("messageId"), "the stored Message-ID is the one sent");
        assertEquals("SENT", awaitStatus(entry.getJsonNumber("id").longValue(), "SENT"));

        Api.Answer resend = secretariat().post("/api/notices/" + entry.getJsonNumber("id").longValue() + "/resend", "");
        assertEquals(409, resend.status(), "only a failed notice can be resent");
    }

    private String awaitStatus(long id, String wanted) throws InterruptedException {
        String status = null;
        for (int i = 0; i < 40; i++) {
            status = secretariat().get("/api/notices/" + id).object().getString("status");
            if (wanted.equals(status)) {
                break;
            }
            Thread.sleep(250);
        }
        return status;
    }

    @Test
    void noticeLogIsForTheSecretariatOnly() {
        assertEquals(401, Api.anonymous(base).get("/api/notices").status());
        assertEquals(403, Api.as(base, Deployments.MEMBER, Deployments.DEMO_PASSWORD).get("/api/notices").status());
        assertEquals(403, Api.as(base, Deployments.BOARD, Deployments.DEMO_PASSWORD).get("/api/notices").status());
        assertEquals(403, Api.as(base, Deployments.BOARD, Deployments.DEMO_PASSWORD).post("/api/notices/1/resend", "").status());
        assertEquals(200, secretariat().get("/api/notices").status());
    }

    @Test
    void unknownFilterValuesAndUnknownNoticesAreClearErrors() {
        Api.Answer badKind = secretariat().get("/api/notices?kind=CARRIER_PIGEON");
        assertEquals(400, badKind.status());
        assertTrue(badKind.isProblem());
        assertEquals("kind", badKind.object().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(404, secretariat().get("/api/notices/987654").status());
    }

    @Test
    void unsubscribeLinksThatDoNotExistChangeNothing() {
        assertEquals(404, Api.anonymous(base).post("/api/unsubscribe/not-a-token", "List-Unsubscribe=One-Click").status());
        assertEquals(404, Api.anonymous(base).post("/api/unsubscribe/" + "A".repeat(43), "List-Unsubscribe=One-Click").status());
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String recipient(MimeMessage m) {
        try {
            return ((jakarta.mail.internet.InternetAddress) m.getAllRecipients()[0]).getAddress();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
