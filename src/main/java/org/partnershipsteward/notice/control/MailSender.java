package org.partnershipsteward.notice.control;

import jakarta.activation.CommandMap;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.partnershipsteward.notice.entity.NoticeKind;

/**
 * Turns a claimed notice into a MIME message with its stable Message-ID and hands it to the SMTP server.
 * Keeps one SMTP connection open across the notices of a batch (a connection per mail cost a TCP and SMTP
 * handshake each, and held the relay to a few dozen mails a second); {@link #close()} ends it after the batch.
 * A failed send drops the connection, so the next notice starts on a fresh one. One relay thread uses an
 * instance at a time.
 */
public class MailSender implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(MailSender.class.getName());

    private final Session session;
    private final String from;
    private final MimeComposer composer = new MimeComposer();
    private Transport transport;

    public MailSender(Session session, String from) {
        this.session = session;
        this.from = from;
    }

    public void send(OutgoingNotice notice) throws MessagingException {
        NoticeMail mail = NoticeMail.of(NoticeKind.valueOf(notice.kind()), from,
                new Recipient(notice.recipientName(), notice.recipientEmail()),
                new RenderedNotice(notice.subject(), notice.text(), notice.html()), notice.messageId());
        if (notice.calendar() != null) {
            mail = mail.withCalendar(new CalendarAttachment(notice.calendar(), ItipMethod.valueOf(notice.calendarMethod())));
        }
        if (notice.unsubscribeUrl() != null) {
            mail = mail.withUnsubscribeUrl(notice.unsubscribeUrl());
        }
        Transport connection = connected();
        Thread thread = Thread.currentThread();
        ClassLoader application = thread.getContextClassLoader();
        // Jakarta Activation looks up each part's content handler (text/plain, text/html, multipart/mixed) through the
        // thread's context class loader first, and only then through its own. In Payara the context loader is the
        // application's, which does not hold Jakarta Mail's handlers: three failed searches of every jar of the
        // application per mail, each a ClassNotFoundException (issue 21). Activation's own loader finds them at once.
        thread.setContextClassLoader(CommandMap.getDefaultCommandMap().getClass().getClassLoader());
        try {
            MimeMessage message = composer.compose(session, mail);
            message.saveChanges();
            try {
                connection.sendMessage(message, message.getAllRecipients());
            } catch (MessagingException | RuntimeException e) {
                close(); // the SMTP dialogue may be out of step: the next notice starts on a new connection
                throw e;
            }
        } finally {
            thread.setContextClassLoader(application);
        }
    }

    private Transport connected() throws MessagingException {
        if (transport == null) {
            Transport fresh = session.getTransport();
            fresh.connect();
            transport = fresh;
        }
        return transport;
    }

    /** Ends the batch's SMTP connection (QUIT); the next send opens a new one. */
    @Override
    public void close() {
        Transport open = transport;
        transport = null;
        if (open != null) {
            try {
                open.close();
            } catch (MessagingException e) {
                LOG.log(Level.FINE, "SMTP connection did not close cleanly", e);
            }
        }
    }
}
