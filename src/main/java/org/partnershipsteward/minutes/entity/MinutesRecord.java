package org.partnershipsteward.minutes.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A summit's minutes: their status, the latest revision and the board's voting round (each submission is a new
 * round). The sections of each revision are {@link MinutesSection} rows; the row is locked for every change.
 */
@Entity
@Table(name = "minutes")
public class MinutesRecord {

    @Id
    @Column(name = "summit_id")
    private Long summitId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MinutesStatus status;

    @Column(nullable = false)
    private int revision;

    @Column(name = "vote_round", nullable = false)
    private int voteRound;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected MinutesRecord() {
    }

    public MinutesRecord(long summitId, Instant now) {
        this.summitId = summitId;
        this.status = MinutesStatus.DRAFT;
        this.updatedAt = now;
    }

    /** A new revision was saved; the minutes are in {@code next} status (DRAFT after an edit). */
    public void revised(int newRevision, MinutesStatus next, Instant now) {
        if (newRevision != revision + 1) {
            throw new IllegalStateException("Revision " + newRevision + " does not follow " + revision);
        }
        this.revision = newRevision;
        this.status = next;
        this.updatedAt = now;
    }

    /** A submission opens a new voting round. */
    public void submitted(MinutesStatus next, Instant now) {
        this.status = next;
        this.voteRound++;
        this.updatedAt = now;
    }

    public void moveTo(MinutesStatus next, Instant now) {
        this.status = next;
        this.updatedAt = now;
        if (next == MinutesStatus.PUBLISHED) {
            this.publishedAt = now;
        }
    }

    public Long getSummitId() {
        return summitId;
    }

    public MinutesStatus getStatus() {
        return status;
    }

    public int getRevision() {
        return revision;
    }

    public int getVoteRound() {
        return voteRound;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
