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
import java.util.Objects;

/** One thing an organisation can offer on the day of an incident, in its list's order. */
@Entity
@Table(name = "organization_resource")
@NamedQuery(name = OrganizationResource.OF_ORGANIZATION,
        query = "SELECT r FROM OrganizationResource r WHERE r.organizationId = :organization ORDER BY r.position")
public class OrganizationResource {

    public static final String OF_ORGANIZATION = "OrganizationResource.ofOrganization";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organization_id", nullable = false)
    private Long organizationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ResourceKind kind;

    @Column(nullable = false)
    private String description;

    private String location;

    private String contact;

    @Column(nullable = false)
    private int position;

    protected OrganizationResource() {
    }

    public OrganizationResource(long organizationId, int position, ResourceKind kind, String description, String location,
            String contact) {
        this.organizationId = organizationId;
        this.position = position;
        this.kind = Objects.requireNonNull(kind, "kind");
        this.description = Objects.requireNonNull(description, "description").strip();
        this.location = blankToNull(location);
        this.contact = blankToNull(contact);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public Long getId() {
        return id;
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    public ResourceKind getKind() {
        return kind;
    }

    public String getDescription() {
        return description;
    }

    public String getLocation() {
        return location;
    }

    public String getContact() {
        return contact;
    }

    public int getPosition() {
        return position;
    }
}
