package org.partnershipsteward.survey.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An informal survey: short questions (stored as JSON), open for a window, optionally anonymous (answers
 * are then stored without the member) and optionally about a summit.
 */
@Entity
@Table(name = "survey")
public class Survey {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String questions;

    @Column(nullable = false)
    private boolean anonymous;

    @Column(name = "summit_id")
    private Long summitId;

    @Column(name = "opens_at", nullable = false)
    private Instant opensAt;

    @Column(name = "closes_at", nullable = false)
    private Instant closesAt;

    @Column(name = "invited_at")
    private Instant invitedAt;

    @Column(name = "reminded_at")
    private Instant remindedAt;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Survey() {
    }

    public Survey(String title, String questionsJson, boolean anonymous, Long summitId, Instant opensAt, Instant closesAt,
            String createdBy, Instant now) {
        this.title = title.trim();
        this.questions = questionsJson;
        this.anonymous = anonymous;
        this.summitId = summitId;
        this.opensAt = opensAt;
        this.closesAt = closesAt;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public boolean isOpen(Instant now) {
        return !now.isBefore(opensAt) && now.isBefore(closesAt);
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getQuestions() {
        return questions;
    }

    public boolean isAnonymous() {
        return anonymous;
    }

    public Long getSummitId() {
        return summitId;
    }

    public Instant getOpensAt() {
        return opensAt;
    }

    public Instant getClosesAt() {
        return closesAt;
    }

    public Instant getInvitedAt() {
        return invitedAt;
    }

    public Instant getRemindedAt() {
        return remindedAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
