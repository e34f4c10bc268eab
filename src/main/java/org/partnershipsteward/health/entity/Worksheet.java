package org.partnershipsteward.health.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** The partnership's self-assessment of one year: the answers as a JSON object keyed by question. */
@Entity
@Table(name = "health_worksheet")
public class Worksheet {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "for_year", nullable = false, unique = true)
    private int year;

    @Column(nullable = false)
    private String answers;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Worksheet() {
    }

    public Worksheet(int year, String answers, String by, Instant now) {
        this.year = year;
        this.answers = answers;
        this.updatedBy = by;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void revise(String newAnswers, String by, Instant now) {
        this.answers = newAnswers;
        this.updatedBy = by;
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public int getYear() {
        return year;
    }

    public String getAnswers() {
        return answers;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
