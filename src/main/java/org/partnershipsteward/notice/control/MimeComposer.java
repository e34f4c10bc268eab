package org.partnershipsteward.notice.control;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Turns a {@link NoticeMail} into a MIME message ready for {@code Transport.send}.
 *
 * <p>Structure without invite: {@code multipart/alternative} [text/plain, text/html]. With an
 * invite (iMIP, RFC 6047, the layout Google Calendar and Outlook send):
 * {@code multipart/mixed} [{@code multipart/alternative} [text/plain, text/html,
 * {@code text/calendar; method=...}], {@code application/ics} attachment {@value #ATTACHMENT_NAME}].
 * All text is UTF-8. Optional kinds carry {@code List-Unsubscribe} and
 * {@code List-Unsubscribe-Post: List-Unsubscribe=One-Click} (RFC 8058). Every notice says it is
 * {@code Auto-Submitted: auto-generated} (RFC 3834) so out-of-office replies stay away.
 */
public final class MimeComposer {

    /** File name of the calendar attachment. */
    public static final String ATTACHMENT_NAME = "invite.ics";

    private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s@]+@[^<>\\s@]+>");
    private static final String UTF_8 = StandardCharsets.UTF_8.name();

    private final Clock clock;

    /** A composer dating mails with the system clock. */
    public MimeComposer() {
        this(Clock.systemUTC());
    }

    /** A composer dating mails with {@code clock}. */
    public MimeComposer(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The stable Message-ID of an outbox notice, e.g. {@code <notice-123@example.org>}: derive it
     * from the notice's id, never from the attempt, so every retry sends the same id.
     */
    public static String messageId(Object noticeId, String domain) {
        Objects.requireNonNull(noticeId, "noticeId");
        return normalizedMessageId("notice-" + noticeId + "@" + Objects.requireNonNull(domain, "domain"));
    }

    /** {@code id} in angle brackets; refuses anything that is not {@code local@domain}. */
    static String normalizedMessageId(String id) {
        if (id == null) {
            throw new IllegalArgumentException("message id is required");
        }
        String trimmed = id.strip();
        String bracketed = trimmed.startsWith("<") ? trimmed : "<" + trimmed + ">";
        if (!MESSAGE_ID.matcher(bracketed).matches()) {
            throw new IllegalArgumentException("not a Message-ID: " + id);
        }
        return bracketed;
    }

    /**
     * Composes the message in {@code session}; {@code saveChanges()} has been called and keeps the
     * Message-ID on every later call.
     *
     * @throws IllegalArgumentException when an optional kind has no unsubscribe URL or another
     *                                  kind has one, or the recipient address is unusable
     * @throws MessagingException       when the sender address is malformed
     */
    public MimeMessage compose(Session session, NoticeMail mail) throws MessagingException {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(mail, "mail");
        boolean unsubscribable = mail.unsubscribeUrl() != null;
        if (mail.kind().optional() != unsubscribable) {
            throw new IllegalArgumentException(mail.kind().optional()
                    ? mail.kind() + " is optional: it needs an unsubscribe URL"
                    : mail.kind() + " cannot be switched off: it takes no unsubscribe URL");
        }

        MimeMessage message = new StableIdMimeMessage(session, mail.messageId());
        message.setFrom(new InternetAddress(mail.from(), true));
        message.setRecipient(Message.RecipientType.TO, address(mail.to()));
        message.setSubject(mail.content().subject(), UTF_8);
        message.setSentDate(Date.from(clock.instant()));
        message.setHeader("Auto-Submitted", "auto-generated");
        message.setHeader("X-Auto-Response-Suppress", "OOF, AutoReply");
        if (unsubscribable) {
            message.setHeader("List-Unsubscribe", "<" + mail.unsubscribeUrl() + ">");
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }

        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(textPart(mail.content().text(), "plain"));
        alternative.addBodyPart(textPart(mail.content().html(), "html"));
        CalendarAttachment calendar = mail.calendar();
        if (calendar == null) {
            message.setContent(alternative);
        } else {
            alternative.addBodyPart(calendarPart(calendar));
            MimeBodyPart body = new MimeBodyPart();
            body.setContent(alternative);
            MimeMultipart mixed = new MimeMultipart("mixed");
            mixed.addBodyPart(body);
            mixed.addBodyPart(attachmentPart(calendar));
            message.setContent(mixed);
        }
        message.saveChanges();
        return message;
    }

    private static InternetAddress address(Recipient to) {
        try {
            InternetAddress address = new InternetAddress(to.email(), to.name().isEmpty() ? null : to.name(), UTF_8);
            address.validate();
            return address;
        } catch (UnsupportedEncodingException | MessagingException e) {
            throw new IllegalArgumentException("not a usable recipient address: " + to.email(), e);
        }
    }

    private static MimeBodyPart textPart(String text, String subtype) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setText(text, UTF_8, subtype);
        return part;
    }

    private static MimeBodyPart calendarPart(CalendarAttachment calendar) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(
                calendar.ics().getBytes(StandardCharsets.UTF_8), calendar.method().contentType())));
        return part;
    }

    private static MimeBodyPart attachmentPart(CalendarAttachment calendar) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(
                calendar.ics().getBytes(StandardCharsets.UTF_8), "application/ics")));
        part.setFileName(ATTACHMENT_NAME);
        part.setDisposition(Part.ATTACHMENT);
        return part;
    }
}
