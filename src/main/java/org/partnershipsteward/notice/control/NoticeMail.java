package org.partnershipsteward.notice.control;

import java.util.Objects;
import org.partnershipsteward.notice.entity.NoticeKind;

/**
 * Everything {@link MimeComposer} needs for one mail: sender, recipient, the rendered notice,
 * its stable Message-ID and, when present, a calendar invite and an unsubscribe URL.
 *
 * <p>{@link MimeComposer} requires an unsubscribe URL for {@link NoticeKind#optional() optional}
 * kinds and refuses one for all others, so governance notices never carry List-Unsubscribe.
 *
 * @param from           sender, e.g. {@code partnership@example.org} or
 *                       {@code "Twin Cities Security Partnership <partnership@example.org>"}
 * @param messageId      e.g. {@code <notice-123@example.org>} (see {@link MimeComposer#messageId})
 * @param calendar       may be null
 * @param unsubscribeUrl absolute URL accepting the RFC 8058 one-click POST; null for governance kinds
 */
public record NoticeMail(NoticeKind kind, String from, Recipient to, RenderedNotice content,
                         String messageId, CalendarAttachment calendar, String unsubscribeUrl) {

    public NoticeMail {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(content, "content");
        if (from == null || from.isBlank()) {
            throw new IllegalArgumentException("from is required");
        }
        messageId = MimeComposer.normalizedMessageId(messageId);
        boolean hasUnsubscribe = unsubscribeUrl != null && !unsubscribeUrl.isBlank();
        if (hasUnsubscribe && !unsubscribeUrl.matches("(?i)https?://\\S+")) {
            throw new IllegalArgumentException("unsubscribe URL must be an absolute http(s) URL");
        }
        unsubscribeUrl = hasUnsubscribe ? unsubscribeUrl : null;
    }

    /** A mail without calendar invite and without unsubscribe URL (add them with the withers). */
    public static NoticeMail of(NoticeKind kind, String from, Recipient to, RenderedNotice content,
                                String messageId) {
        return new NoticeMail(kind, from, to, content, messageId, null, null);
    }

    /** This mail with a calendar invite. */
    public NoticeMail withCalendar(CalendarAttachment attachment) {
        return new NoticeMail(kind, from, to, content, messageId, attachment, unsubscribeUrl);
    }

    /** This mail with the URL that unsubscribes the recipient from this kind. */
    public NoticeMail withUnsubscribeUrl(String url) {
        return new NoticeMail(kind, from, to, content, messageId, calendar, url);
    }
}
