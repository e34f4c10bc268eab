package org.partnershipsteward.minutes.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One kept save of a summit's minutes: who saved it and when. */
@Entity
@Table(name = "minutes_revision")
public class MinutesRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "summit_id", nullable = false)
    private Long summitId;

    @Column(nullable = false)
    private int revision;

    @Column(name = "saved_by", nullable = false)
    private String savedBy;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    protected MinutesRevision() {
    }

    public MinutesRevision(long summitId, int revision, String savedBy, Instant savedAt) {
        this.summitId = summitId;
        this.revision = revision;
        this.savedBy = savedBy;
        this.savedAt = savedAt;
    }

    public Long getSummitId() {
        return summitId;
    }

    public int getRevision() {
        return revision;
    }

    public String getSavedBy() {
        return savedBy;
    }

    public Instant getSavedAt() {
        return savedAt;
    }
}
