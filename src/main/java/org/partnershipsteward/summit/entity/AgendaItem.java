package org.partnershipsteward.summit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One item of a summit's agenda; PROPOSED by a member until the secretariat accepts it into the draft. */
@Entity
@Table(name = "agenda_item")
public class AgendaItem {

    /** Whether the item is on the agenda or only proposed. */
    public enum Status {
        PROPOSED, ACCEPTED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "summit_id", nullable = false)
    private Long summitId;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String topic;

    private String presenter;

    @Column(nullable = false)
    private int minutes;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Enumerated(EnumType.STRING)
    private Sharing sharing;

    @Column(name = "proposed_by", nullable = false)
    private String proposedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected AgendaItem() {
    }

    public AgendaItem(long summitId, String title, String topic, String presenter, int minutes, int position,
            Status status, Sharing sharing, String proposedBy, Instant now) {
        this.summitId = summitId;
        this.title = title.trim();
        this.topic = topic;
        this.presenter = presenter == null || presenter.isBlank() ? null : presenter.trim();
        this.minutes = minutes;
        this.position = position;
        this.status = status;
        this.sharing = sharing;
        this.proposedBy = proposedBy;
        this.createdAt = now;
    }

    public void accept() {
        status = Status.ACCEPTED;
    }

    public void moveTo(int newPosition) {
        position = newPosition;
    }

    public java.time.Instant getCreatedAt() {
        return createdAt;
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

    public String getTopic() {
        return topic;
    }

    public String getPresenter() {
        return presenter;
    }

    public int getMinutes() {
        return minutes;
    }

    public int getPosition() {
        return position;
    }

    public Status getStatus() {
        return status;
    }

    public Sharing getSharing() {
        return sharing;
    }

    public String getProposedBy() {
        return proposedBy;
    }
}
