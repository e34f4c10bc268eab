package org.partnershipsteward.notice.boundary;

import java.time.Instant;
import org.partnershipsteward.notice.entity.Notice;

/** A notice as the API lists it. */
public record NoticeView(long id, String kind, String recipient, String subject, String status, int attempts,
        Instant createdAt, Instant sentAt, String lastError, String messageId) {

    public static NoticeView of(Notice n) {
        return new NoticeView(n.getId(), n.getKind().name(), n.getRecipientEmail(), n.getSubject(), n.publicStatus(),
                n.getAttempts(), n.getCreatedAt(), n.getSentAt(), n.getLastError(), n.getMessageId());
    }
}
