package org.partnershipsteward.incident.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * One member an alert went to, and their answer (the links in their mails name this row in {@code alert_link},
 * so an answer through a link is always this member's). The first answer is the acknowledgement and
 * keeps its time; a later answer may change what they said (e.g. from "received" to "I can help").
 */
@Entity
@Table(name = "alert_recipient")
@NamedQuery(name = AlertRecipient.OF_ALERT, query = "SELECT r FROM AlertRecipient r WHERE r.alertId = :alert ORDER BY r.id")
public class AlertRecipient {

    public static final String OF_ALERT = "AlertRecipient.ofAlert";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "alert_id", nullable = false)
    private Long alertId;

    @Column(name = "member_id", nullable = false)
    private Long memberId;

    @Enumerated(EnumType.STRING)
    private AlertResponse response;

    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "second_mail", nullable = false)
    private boolean secondMail;

    @Version
    private long version;

    protected AlertRecipient() {
    }

    public AlertRecipient(long alertId, long memberId) {
        this.alertId = alertId;
        this.memberId = memberId;
    }

    /** Records an answer: the first one acknowledges the alert and keeps that moment. */
    public void answer(AlertResponse answer, Instant now) {
        this.response = Objects.requireNonNull(answer, "answer");
        if (acknowledgedAt == null) {
            acknowledgedAt = now;
        }
        answeredAt = now;
    }

    public boolean acknowledged() {
        return acknowledgedAt != null;
    }

    /** The second mail went to this recipient (and the copy to their backup contact). */
    public void secondMailSent() {
        this.secondMail = true;
    }

    public Long getId() {
        return id;
    }

    public Long getAlertId() {
        return alertId;
    }

    public Long getMemberId() {
        return memberId;
    }

    public AlertResponse getResponse() {
        return response;
    }

    public Instant getAcknowledgedAt() {
        return acknowledgedAt;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public boolean isSecondMail() {
        return secondMail;
    }
}
