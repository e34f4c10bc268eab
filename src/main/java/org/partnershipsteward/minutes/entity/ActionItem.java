package org.partnershipsteward.minutes.entity;

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
import java.time.LocalDate;
import java.util.Objects;

/**
 * Something a summit agreed that one member will do by a day. OPEN until its owner or the secretariat marks it
 * DONE or DROPPED, with a note; the day it was closed is kept so the scorecard can tell whether it was on time.
 */
@Entity
@Table(name = "action_item")
public class ActionItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "summit_id", nullable = false)
    private Long summitId;

    @Column(nullable = false)
    private String title;

    @Column(name = "owner_member_id", nullable = false)
    private Long ownerMemberId;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ActionStatus status;

    private String note;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Column(name = "reminded_at")
    private Instant remindedAt;

    @Version
    private long version;

    protected ActionItem() {
    }

    public ActionItem(long summitId, String title, long ownerMemberId, LocalDate dueOn, String createdBy, Instant now) {
        this.summitId = summitId;
        this.title = Objects.requireNonNull(title, "title");
        this.ownerMemberId = ownerMemberId;
        this.dueOn = Objects.requireNonNull(dueOn, "dueOn");
        this.status = ActionStatus.OPEN;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    /** A new status with its note; closing records the day (in the partnership's zone), re-opening clears it. */
    public void changeStatus(ActionStatus next, String newNote, LocalDate today, Instant now) {
        this.status = Objects.requireNonNull(next, "status");
        this.note = newNote;
        if (next == ActionStatus.OPEN) {
            this.closedAt = null;
            this.closedOn = null;
        } else {
            this.closedAt = now;
            this.closedOn = today;
        }
    }

    public boolean isOpen() {
        return status == ActionStatus.OPEN;
    }

    public Long getId() {
        return id;
    }

    public Long getSummitId() {
        return summitId;
    }

    public String getTitle() {
        return title;
    }

    public Long getOwnerMemberId() {
        return ownerMemberId;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public ActionStatus getStatus() {
        return status;
    }

    public String getNote() {
        return note;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public Instant getRemindedAt() {
        return remindedAt;
    }
}
