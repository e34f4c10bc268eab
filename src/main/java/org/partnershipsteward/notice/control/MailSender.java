package org.partnershipsteward.notice.control;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import org.partnershipsteward.notice.entity.NoticeKind;

/** Turns a claimed notice into a MIME message with its stable Message-ID and hands it to the SMTP server. */
public class MailSender {

    private final Session session;
    private final String from;
    private final MimeComposer composer = new MimeComposer();

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
        Transport.send(composer.compose(session, mail));
    }
}
