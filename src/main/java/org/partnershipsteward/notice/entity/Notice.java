package org.partnershipsteward.notice.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * One email the system decided to send, stored rendered in the transaction of that decision (the
 * outbox). The relay sends it; its Message-ID never changes, so a retry is the same mail.
 */
@Entity
@Table(name = "notice")
public class Notice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private NoticeKind kind;

    @Column(name = "recipient_email", nullable = false)
    private String recipientEmail;

    @Column(name = "recipient_name", nullable = false)
    private String recipientName;

    @Column(nullable = false)
    private String subject;

    @Column(name = "body_text", nullable = false)
    private String bodyText;

    @Column(name = "body_html", nullable = false)
    private String bodyHtml;

    private String calendar;

    @Column(name = "calendar_method")
    private String calendarMethod;

    @Column(name = "unsubscribe_url")
    private String unsubscribeUrl;

    @Column(name = "message_id", nullable = false, unique = true)
    private String messageId;

    @Column(name = "subject_type")
    private String subjectType;

    @Column(name = "subject_id")
    private Long subjectId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private NoticeStatus status;

    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "claimed_by")
    private String claimedBy;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    /** The relay claims lower first ({@link NoticeKind#priority()}), then in order of arrival. */
    @Column(nullable = false)
    private int priority = NoticeKind.NORMAL_PRIORITY;

    @Version
    private long version;

    protected Notice() {
    }

    public Notice(NoticeKind kind, String recipientEmail, String recipientName, String subject, String bodyText,
            String bodyHtml, String messageId, Instant now) {
        this.kind = kind;
        this.recipientEmail = recipientEmail;
        this.recipientName = recipientName;
        this.subject = subject;
        this.bodyText = bodyText;
        this.bodyHtml = bodyHtml;
        this.messageId = messageId;
        this.status = NoticeStatus.PENDING;
        this.nextAttemptAt = now;
        this.createdAt = now;
        this.priority = kind.priority();
    }

    public Notice withCalendar(String ics, String method) {
        this.calendar = ics;
        this.calendarMethod = method;
        return this;
    }

    /** Holds a new notice back until the given moment (mail sent in batches); never earlier than it was stored. */
    public Notice dueAt(Instant moment) {
        if (moment.isAfter(createdAt)) {
            this.nextAttemptAt = moment;
        }
        return this;
    }

    public Notice withUnsubscribeUrl(String url) {
        this.unsubscribeUrl = url;
        return this;
    }

    public Notice about(String type, Long id) {
        this.subjectType = type;
        this.subjectId = id;
        return this;
    }

    /**
     * The secretariat sends a failed notice again: it is due now with fresh tries and the same
     * Message-ID. Only a failed notice can be resent (a pending one is on its way, a sent one arrived).
     */
    public boolean resend(Instant now) {
        if (status != NoticeStatus.FAILED) {
            return false;
        }
        status = NoticeStatus.PENDING;
        attempts = 0;
        nextAttemptAt = now;
        return true;
    }

    /** The status in the API's words: a notice being sent is still pending. */
    public String publicStatus() {
        return status == NoticeStatus.SENDING ? NoticeStatus.PENDING.name() : status.name();
    }

    public Long getId() {
        return id;
    }

    public NoticeKind getKind() {
        return kind;
    }

    public String getRecipientEmail() {
        return recipientEmail;
    }

    public String getRecipientName() {
        return recipientName;
    }

    public String getSubject() {
        return subject;
    }

    public String getBodyText() {
        return bodyText;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public String getCalendar() {
        return calendar;
    }

    public String getMessageId() {
        return messageId;
    }

    public NoticeStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public int getPriority() {
        return priority;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public Long getSubjectId() {
        return subjectId;
    }
}
