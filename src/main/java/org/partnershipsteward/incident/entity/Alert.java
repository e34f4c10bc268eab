package org.partnershipsteward.incident.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.partnershipsteward.summit.entity.Sharing;

/**
 * An urgent alert (or a drill) as it was sent: its text, its sharing label, who it went to and when the
 * unacknowledged get their second mail. Never changed after sending, except that the second mail is marked sent.
 */
@Entity
@Table(name = "alert")
public class Alert {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Sharing sharing;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AlertAudience audience;

    @Column(nullable = false)
    private boolean drill;

    @Column(name = "sent_by", nullable = false)
    private String sentBy;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    @Column(nullable = false)
    private int recipients;

    @Column(name = "second_mail_at", nullable = false)
    private Instant secondMailAt;

    @Column(name = "second_mail_sent_at")
    private Instant secondMailSentAt;

    protected Alert() {
    }

    public Alert(String title, String body, Sharing sharing, AlertAudience audience, boolean drill, String sentBy,
            Instant sentAt, Instant secondMailAt) {
        this.title = Objects.requireNonNull(title, "title");
        this.body = Objects.requireNonNull(body, "body");
        this.sharing = Objects.requireNonNull(sharing, "sharing");
        this.audience = Objects.requireNonNull(audience, "audience");
        this.drill = drill;
        this.sentBy = Objects.requireNonNull(sentBy, "sentBy");
        this.sentAt = Objects.requireNonNull(sentAt, "sentAt");
        if (secondMailAt.isBefore(sentAt)) {
            throw new IllegalArgumentException("the second mail cannot be due before the alert is sent");
        }
        this.secondMailAt = secondMailAt;
    }

    /** The number of members it was sent to, fixed once the recipients are chosen. */
    public void sentTo(int count) {
        this.recipients = count;
    }

    /**
     * The second mail went at {@code at}. Sending it claims the alert with a conditional update instead (so that two
     * instances never both send); this records it for an alert loaded as history, e.g. the demo's past drill.
     */
    public void secondMailSent(Instant at) {
        if (secondMailSentAt == null) {
            secondMailSentAt = at;
        }
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public Sharing getSharing() {
        return sharing;
    }

    public AlertAudience getAudience() {
        return audience;
    }

    public boolean isDrill() {
        return drill;
    }

    public String getSentBy() {
        return sentBy;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public int getRecipients() {
        return recipients;
    }

    public Instant getSecondMailAt() {
        return secondMailAt;
    }

    public Instant getSecondMailSentAt() {
        return secondMailSentAt;
    }
}
