package org.partnershipsteward.notice.control;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Properties;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.partnershipsteward.notice.entity.NoticeKind;

/** Sends composed notices through an in-process SMTP server (on a free port) and checks what it received. */
class MimeComposerTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static final String FROM = "Twin Cities Security Partnership <partnership@steward.example.org>";
    private static final Recipient ZOE = new Recipient("Zoë Ångström", "zoe@acme.example");
    private static final Instant NOW = Instant.parse("2026-04-01T12:00:00Z");

    private final TemplateRenderer renderer = new TemplateRenderer();
    private final MimeComposer composer = new MimeComposer(Clock.fixed(NOW, ZoneOffset.UTC));
    private final CalendarInvite invite = new CalendarInvite(Clock.fixed(NOW, ZoneOffset.UTC));
    private Session session;

    @BeforeEach
    void smtpSession() {
        Properties props = new Properties();
        props.put("mail.smtp.host", greenMail.getSmtp().getBindTo());
        props.put("mail.smtp.port", String.valueOf(greenMail.getSmtp().getPort()));
        session = Session.getInstance(props);
    }

    @Test
    void deliversSubjectAndBothAlternativesEachWithTheDeepLink() throws Exception {
        RenderedNotice content = render(NoticeKind.INVITATION);
        String link = NoticeFixtures.link(NoticeKind.INVITATION);

        MimeMessage received = sendAndReceive(mail(NoticeKind.INVITATION, content, "<notice-1@steward.example.org>"));

        assertEquals(content.subject(), received.getSubject());
        assertTrue(received.isMimeType("multipart/alternative"), received.getContentType());
        Multipart alternative = (Multipart) received.getContent();
        assertEquals(2, alternative.getCount());
        BodyPart text = alternative.getBodyPart(0);
        BodyPart html = alternative.getBodyPart(1);
        assertAll(
                () -> assertTrue(text.isMimeType("text/plain")),
                () -> assertEquals("UTF-8", charset(text)),
                () -> assertTrue(((String) text.getContent()).contains(link)),
                () -> assertTrue(html.isMimeType("text/html")),
                () -> assertEquals("UTF-8", charset(html)),
                () -> assertTrue(((String) html.getContent()).contains("href=\"" + link + "\"")));
    }

    @Test
    void messageIdSurvivesRepeatedSaveChangesAndTheSmtpTrip() throws Exception {
        String id = "<notice-123@steward.example.org>";
        MimeMessage composed = composer.compose(session, mail(NoticeKind.WELCOME, render(NoticeKind.WELCOME), id));
        composed.saveChanges();
        composed.saveChanges();

        assertEquals(id, composed.getMessageID());
        Transport.send(composed);
        assertEquals(id, onlyReceived().getMessageID());
    }

    @Test
    void composingTheSameNoticeAgainAfterACrashGivesTheSameMessageId() throws Exception {
        String id = MimeComposer.messageId(77, "steward.example.org");
        MimeMessage first = composer.compose(session, mail(NoticeKind.WELCOME, render(NoticeKind.WELCOME), id));
        MimeMessage retry = composer.compose(session, mail(NoticeKind.WELCOME, render(NoticeKind.WELCOME), id));

        assertEquals("<notice-77@steward.example.org>", first.getMessageID());
        assertEquals(first.getMessageID(), retry.getMessageID());
    }

    @Test
    void aStoredMessageReadBackKeepsItsMessageIdWhenSent() throws Exception {
        String id = "<notice-9@steward.example.org>";
        MimeMessage composed = composer.compose(session, mail(NoticeKind.WELCOME, render(NoticeKind.WELCOME), id));
        ByteArrayOutputStream stored = new ByteArrayOutputStream();
        composed.writeTo(stored);

        MimeMessage reloaded = new StableIdMimeMessage(session, new ByteArrayInputStream(stored.toByteArray()));
        Transport.send(reloaded);

        assertEquals(id, onlyReceived().getMessageID());
    }

    @Test
    void optionalKindCarriesOneClickListUnsubscribeHeaders() throws Exception {
        String url = "https://steward.example.org/unsubscribe/tok-rem-9";
        NoticeMail mail = mail(NoticeKind.REMINDER, render(NoticeKind.REMINDER), "<notice-2@steward.example.org>")
                .withUnsubscribeUrl(url);

        MimeMessage received = sendAndReceive(mail);

        assertArrayEquals(new String[] {"<" + url + ">"}, received.getHeader("List-Unsubscribe"));
        assertArrayEquals(new String[] {"List-Unsubscribe=One-Click"}, received.getHeader("List-Unsubscribe-Post"));
    }

    @Test
    void governanceKindCarriesNoListUnsubscribeHeaders() throws Exception {
        MimeMessage received = sendAndReceive(mail(NoticeKind.COMPLIANCE_WARNING,
                render(NoticeKind.COMPLIANCE_WARNING), "<notice-3@steward.example.org>"));

        assertNull(received.getHeader("List-Unsubscribe"));
        assertNull(received.getHeader("List-Unsubscribe-Post"));
    }

    @Test
    void governanceKindWithAnUnsubscribeUrlIsRefused() {
        NoticeMail mail = mail(NoticeKind.BYLAWS_AMENDED, render(NoticeKind.BYLAWS_AMENDED),
                "<notice-4@steward.example.org>").withUnsubscribeUrl("https://steward.example.org/unsubscribe/x");

        assertThrows(IllegalArgumentException.class, () -> composer.compose(session, mail));
    }

    @Test
    void optionalKindWithoutAnUnsubscribeUrlIsRefused() {
        NoticeMail mail = mail(NoticeKind.SURVEY_INVITATION, render(NoticeKind.SURVEY_INVITATION),
                "<notice-5@steward.example.org>");

        assertThrows(IllegalArgumentException.class, () -> composer.compose(session, mail));
    }

    @Test
    void inviteTravelsAsTextCalendarAlternativeAndAsInviteIcsAttachment() throws Exception {
        String ics = invite.build(CalendarInviteTest.summit(2, CalendarInviteTest.at(2026, 5, 14, 9)),
                new SummitAttendee(ZOE.name(), ZOE.email(), ParticipationStatus.ACCEPTED), ItipMethod.REQUEST);
        NoticeMail mail = mail(NoticeKind.RSVP_CONFIRMATION, render(NoticeKind.RSVP_CONFIRMATION),
                "<notice-6@steward.example.org>").withCalendar(new CalendarAttachment(ics, ItipMethod.REQUEST));

        MimeMessage received = sendAndReceive(mail);

        assertTrue(received.isMimeType("multipart/mixed"), received.getContentType());
        Multipart mixed = (Multipart) received.getContent();
        assertEquals(2, mixed.getCount());
        Multipart alternative = (Multipart) mixed.getBodyPart(0).getContent();
        assertEquals(3, alternative.getCount());
        BodyPart calendarPart = alternative.getBodyPart(2);
        ContentType calendarType = new ContentType(calendarPart.getContentType());
        BodyPart attachment = mixed.getBodyPart(1);
        assertAll(
                () -> assertTrue(alternative.getBodyPart(0).isMimeType("text/plain")),
                () -> assertTrue(alternative.getBodyPart(1).isMimeType("text/html")),
                () -> assertEquals("text/calendar", calendarType.getBaseType()),
                () -> assertEquals("REQUEST", calendarType.getParameter("method")),
                () -> assertEquals("UTF-8", calendarType.getParameter("charset")),
                () -> assertEquals(ics, read(calendarPart)),
                () -> assertTrue(attachment.isMimeType("application/ics"), attachment.getContentType()),
                () -> assertEquals(Part.ATTACHMENT, attachment.getDisposition()),
                () -> assertEquals("invite.ics", attachment.getFileName()),
                () -> assertEquals(ics, read(attachment)));
        Calendar parsed = new CalendarBuilder().build(new StringReader(read(calendarPart)));
        assertEquals("REQUEST", parsed.getProperty(Property.METHOD).orElseThrow().getValue());
    }

    @Test
    void cancellationTravelsWithMethodCancelAndTheSummitsUid() throws Exception {
        String ics = invite.build(CalendarInviteTest.summit(5, CalendarInviteTest.at(2026, 5, 14, 9)),
                new SummitAttendee(ZOE.name(), ZOE.email(), ParticipationStatus.ACCEPTED), ItipMethod.CANCEL);
        NoticeMail mail = mail(NoticeKind.SUMMIT_CANCELLED, render(NoticeKind.SUMMIT_CANCELLED),
                "<notice-7@steward.example.org>").withCalendar(new CalendarAttachment(ics, ItipMethod.CANCEL));

        MimeMessage received = sendAndReceive(mail);

        Multipart alternative = (Multipart) ((Multipart) received.getContent()).getBodyPart(0).getContent();
        BodyPart calendarPart = alternative.getBodyPart(2);
        assertEquals("CANCEL", new ContentType(calendarPart.getContentType()).getParameter("method"));
        VEvent event = new CalendarBuilder().build(new StringReader(read(calendarPart)))
                .<VEvent>getComponent("VEVENT").orElseThrow();
        assertEquals("summit-42@steward.example.org", event.getProperty(Property.UID).orElseThrow().getValue());
        assertEquals("5", event.getProperty(Property.SEQUENCE).orElseThrow().getValue());
    }

    @Test
    void calendarWhoseMethodDiffersFromTheDeclaredOneIsRefused() {
        String ics = invite.build(CalendarInviteTest.summit(0, CalendarInviteTest.at(2026, 5, 14, 9)),
                new SummitAttendee(ZOE.name(), ZOE.email(), ParticipationStatus.ACCEPTED), ItipMethod.REQUEST);

        assertThrows(IllegalArgumentException.class, () -> new CalendarAttachment(ics, ItipMethod.CANCEL));
    }

    @Test
    void nonAsciiNamesArriveIntactInHeadersBodiesAndInvite() throws Exception {
        Map<String, Object> model = NoticeFixtures.model(NoticeKind.INVITATION);
        model.put("summitTitle", "Été Summit — Saint Paul");
        RenderedNotice content = renderer.render(NoticeKind.INVITATION, model);
        String ics = invite.build(CalendarInviteTest.summit(0, CalendarInviteTest.at(2026, 5, 14, 9)),
                new SummitAttendee(ZOE.name(), ZOE.email(), ParticipationStatus.NEEDS_ACTION), ItipMethod.REQUEST);
        NoticeMail mail = mail(NoticeKind.INVITATION, content, "<notice-8@steward.example.org>")
                .withCalendar(new CalendarAttachment(ics, ItipMethod.REQUEST));

        MimeMessage received = sendAndReceive(mail);

        InternetAddress to = (InternetAddress) received.getAllRecipients()[0];
        Multipart alternative = (Multipart) ((Multipart) received.getContent()).getBodyPart(0).getContent();
        String rawTo = received.getHeader("To")[0];
        VEvent event = new CalendarBuilder().build(new StringReader(read(alternative.getBodyPart(2))))
                .<VEvent>getComponent("VEVENT").orElseThrow();
        assertAll(
                () -> assertEquals("Zoë Ångström", to.getPersonal()),
                () -> assertEquals("zoe@acme.example", to.getAddress()),
                () -> assertTrue(rawTo.startsWith("=?UTF-8?"), "encoded word expected: " + rawTo),
                () -> assertTrue(received.getSubject().contains("Été Summit — Saint Paul")),
                () -> assertTrue(((String) alternative.getBodyPart(0).getContent()).contains("Dear Zoë Ångström,")),
                () -> assertTrue(((String) alternative.getBodyPart(1).getContent()).contains("Zoë Ångström")),
                () -> assertEquals("Zoë Ångström", event.getProperty(Property.ATTENDEE).orElseThrow()
                        .getParameter(Parameter.CN).orElseThrow().getValue()));
    }

    @Test
    void noticesComeFromThePartnershipAreDatedAndMarkedAutoSubmitted() throws Exception {
        MimeMessage received = sendAndReceive(mail(NoticeKind.WELCOME, render(NoticeKind.WELCOME),
                "<notice-10@steward.example.org>"));

        InternetAddress from = (InternetAddress) received.getFrom()[0];
        assertEquals("Twin Cities Security Partnership", from.getPersonal());
        assertEquals("partnership@steward.example.org", from.getAddress());
        assertEquals(NOW, received.getSentDate().toInstant());
        assertArrayEquals(new String[] {"auto-generated"}, received.getHeader("Auto-Submitted"));
    }

    @Test
    void messageIdIsNormalisedToAngleBracketsAndMalformedOnesAreRefused() {
        assertEquals("<notice-1@host.example>", MimeComposer.normalizedMessageId("notice-1@host.example"));
        assertEquals("<notice-1@host.example>", MimeComposer.normalizedMessageId(" <notice-1@host.example> "));
        assertThrows(IllegalArgumentException.class, () -> MimeComposer.normalizedMessageId("notice-1"));
        assertThrows(IllegalArgumentException.class, () -> MimeComposer.normalizedMessageId("<a b@host>"));
        assertThrows(IllegalArgumentException.class,
                () -> MimeComposer.normalizedMessageId("<x@host>\r\nBcc: victim@example.org"));
    }

    private RenderedNotice render(NoticeKind kind) {
        return renderer.render(kind, NoticeFixtures.model(kind));
    }

    private static NoticeMail mail(NoticeKind kind, RenderedNotice content, String messageId) {
        return NoticeMail.of(kind, FROM, ZOE, content, messageId);
    }

    private MimeMessage sendAndReceive(NoticeMail mail) throws Exception {
        Transport.send(composer.compose(session, mail));
        return onlyReceived();
    }

    private static MimeMessage onlyReceived() {
        assertTrue(greenMail.waitForIncomingEmail(5_000, 1), "no mail arrived");
        MimeMessage[] received = greenMail.getReceivedMessages();
        assertEquals(1, received.length);
        assertNotNull(received[0]);
        return received[0];
    }

    private static String charset(Part part) throws Exception {
        return new ContentType(part.getContentType()).getParameter("charset").toUpperCase();
    }

    private static String read(Part part) throws Exception {
        try (InputStream in = part.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
