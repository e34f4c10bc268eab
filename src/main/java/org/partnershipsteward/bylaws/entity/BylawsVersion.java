package org.partnershipsteward.bylaws.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One adopted version of the bylaws; versions are never changed, a new one amends the last. */
@Entity
@Table(name = "bylaws_version")
@NamedQuery(name = BylawsVersion.NEWEST_FIRST,
        query = "SELECT b FROM BylawsVersion b ORDER BY b.number DESC")
@NamedQuery(name = BylawsVersion.DATED,
        query = "SELECT b.number, b.effectiveFrom, b.id FROM BylawsVersion b ORDER BY b.number DESC")
public class BylawsVersion {

    public static final String NEWEST_FIRST = "BylawsVersion.newestFirst";
    public static final String DATED = "BylawsVersion.dated";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "version_number", nullable = false, unique = true)
    private int number;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Column(nullable = false)
    private String summary;

    @Column(nullable = false)
    private String document;

    @Column(name = "adopted_by", nullable = false)
    private String adoptedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected BylawsVersion() {
    }

    public BylawsVersion(int number, LocalDate effectiveFrom, String summary, String documentJson,
            String adoptedBy, Instant createdAt) {
        this.number = number;
        this.effectiveFrom = effectiveFrom;
        this.summary = summary;
        this.document = documentJson;
        this.adoptedBy = adoptedBy;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public int getNumber() {
        return number;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public String getSummary() {
        return summary;
    }

    public String getDocument() {
        return document;
    }

    public String getAdoptedBy() {
        return adoptedBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
