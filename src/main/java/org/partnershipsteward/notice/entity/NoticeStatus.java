package org.partnershipsteward.notice.entity;

/** Where a notice is on its way to the mail server. SENDING is a claim by one relay, with a lease. */
public enum NoticeStatus {
    PENDING, SENDING, SENT, FAILED
}
