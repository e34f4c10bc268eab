package org.partnershipsteward.minutes.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The notes on one agenda item in one revision of a summit's minutes. */
@Entity
@Table(name = "minutes_section")
public class MinutesSection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "summit_id", nullable = false)
    private Long summitId;

    @Column(nullable = false)
    private int revision;

    @Column(name = "agenda_item_id", nullable = false)
    private Long agendaItemId;

    @Column(nullable = false)
    private String notes;

    protected MinutesSection() {
    }

    public MinutesSection(long summitId, int revision, long agendaItemId, String notes) {
        this.summitId = summitId;
        this.revision = revision;
        this.agendaItemId = agendaItemId;
        this.notes = notes == null ? "" : notes;
    }

    public int getRevision() {
        return revision;
    }

    public Long getAgendaItemId() {
        return agendaItemId;
    }

    public String getNotes() {
        return notes;
    }
}
