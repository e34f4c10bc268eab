package org.partnershipsteward.notice.control;

/** A rendered notice claimed for sending, as the relay needs it. */
public record OutgoingNotice(long id, String kind, String recipientEmail, String recipientName, String subject,
        String text, String html, String calendar, String calendarMethod, String unsubscribeUrl, String messageId,
        int attempts) {
}
