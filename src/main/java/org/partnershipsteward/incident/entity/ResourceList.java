package org.partnershipsteward.incident.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * When an organisation's resource list was last changed and last confirmed, and by whom. Saving the list
 * confirms it; so does a member of the organisation confirming their contact details in the yearly confirmation.
 */
@Entity
@Table(name = "organization_resource_list")
public class ResourceList {

    @Id
    @Column(name = "organization_id")
    private Long organizationId;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "updated_by")
    private String updatedBy;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "confirmed_by")
    private String confirmedBy;

    @Version
    private long version;

    protected ResourceList() {
    }

    public ResourceList(long organizationId) {
        this.organizationId = organizationId;
    }

    /** The list was saved: changed and confirmed by the same person. */
    public void saved(String by, Instant now) {
        updatedAt = now;
        updatedBy = by;
        confirmed(by, now);
    }

    public void confirmed(String by, Instant now) {
        confirmedAt = now;
        confirmedBy = by;
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }

    public String getConfirmedBy() {
        return confirmedBy;
    }
}
