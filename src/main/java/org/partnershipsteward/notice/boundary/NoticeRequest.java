package org.partnershipsteward.notice.boundary;

import java.time.Instant;
import java.util.Map;
import org.partnershipsteward.notice.control.CalendarAttachment;
import org.partnershipsteward.notice.entity.NoticeKind;

/**
 * What a component asks the outbox to send: a kind, a recipient, the values its template shows, what
 * the notice is about, and optionally a calendar invite.
 */
public record NoticeRequest(NoticeKind kind, String email, String name, Map<String, Object> model,
        String subjectType, Long subjectId, CalendarAttachment calendar, Instant notBefore) {

    public static NoticeRequest of(NoticeKind kind, String email, String name, Map<String, Object> model) {
        return new NoticeRequest(kind, email, name, model, null, null, null, null);
    }

    public NoticeRequest about(String type, Long id) {
        return new NoticeRequest(kind, email, name, model, type, id, calendar, notBefore);
    }

    public NoticeRequest withCalendar(CalendarAttachment attachment) {
        return new NoticeRequest(kind, email, name, model, subjectType, subjectId, attachment, notBefore);
    }

    /** Not to be sent before this moment (mail in batches, e.g. welcome mails after an import); null: at once. */
    public NoticeRequest notBefore(Instant moment) {
        return new NoticeRequest(kind, email, name, model, subjectType, subjectId, calendar, moment);
    }
}
