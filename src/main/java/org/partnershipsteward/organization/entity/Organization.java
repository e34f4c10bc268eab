package org.partnershipsteward.organization.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An agency or company whose executives are members. Keeps its own invariants: the kind fits the
 * sector, and only private companies carry the Fortune 500 flag or can be the founding sponsor.
 */
@Entity
@Table(name = "organization")
@NamedQuery(name = Organization.ALL, query = "SELECT o FROM Organization o ORDER BY o.name")
@NamedQuery(name = Organization.BY_NAME, query = "SELECT o FROM Organization o WHERE LOWER(o.name) = LOWER(:name)")
public class Organization {

    public static final String ALL = "Organization.all";
    public static final String BY_NAME = "Organization.byName";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Sector sector;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrganizationKind kind;

    private String region;

    private boolean fortune500;

    @Column(name = "founding_sponsor")
    private boolean foundingSponsor;

    @Column(name = "primary_contact_id")
    private Long primaryContactId;

    @Column(name = "alternate_contact_id")
    private Long alternateContactId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Organization() {
    }

    public Organization(Instant now) {
        this.createdAt = now;
        this.updatedAt = now;
    }

    /**
     * Applies a full description of the organisation; returns the broken invariants by field (empty when
     * applied). Nothing changes when any invariant is broken.
     */
    public Map<String, String> describe(String name, Sector sector, OrganizationKind kind, String region,
            boolean fortune500, boolean foundingSponsor, Instant now) {
        Map<String, String> errors = check(sector, kind, fortune500, foundingSponsor);
        if (errors.isEmpty()) {
            this.name = name.trim();
            this.sector = sector;
            this.kind = kind;
            this.region = region == null || region.isBlank() ? null : region.trim();
            this.fortune500 = fortune500;
            this.foundingSponsor = foundingSponsor;
            this.updatedAt = now;
        }
        return errors;
    }

    /** The invariants between sector, kind and the private-company flags. */
    public static Map<String, String> check(Sector sector, OrganizationKind kind, boolean fortune500,
            boolean foundingSponsor) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (!kind.allows(sector)) {
            errors.put("kind", "A " + kind.label().toLowerCase() + " cannot be in the " + sector + " sector");
        }
        if (fortune500 && sector != Sector.PRIVATE) {
            errors.put("fortune500", "Only a private company can be on the Fortune 500 list");
        }
        if (foundingSponsor && sector != Sector.PRIVATE) {
            errors.put("foundingSponsor", "The founding sponsor is a private company");
        }
        return errors;
    }

    /**
     * Names the primary and alternate point of contact (members of this organisation, checked by the
     * caller). The two must be different people; returns the broken invariant, or empty when applied.
     */
    public Map<String, String> assignContacts(Long primary, Long alternate, Instant now) {
        if (primary != null && primary.equals(alternate)) {
            return Map.of("alternateContactId", "must be someone other than the primary contact");
        }
        if (primary == null && alternate != null) {
            return Map.of("primaryContactId", "is required when there is an alternate");
        }
        this.primaryContactId = primary;
        this.alternateContactId = alternate;
        this.updatedAt = now;
        return Map.of();
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Sector getSector() {
        return sector;
    }

    public OrganizationKind getKind() {
        return kind;
    }

    public String getRegion() {
        return region;
    }

    public boolean isFortune500() {
        return fortune500;
    }

    public boolean isFoundingSponsor() {
        return foundingSponsor;
    }

    public Long getPrimaryContactId() {
        return primaryContactId;
    }

    public Long getAlternateContactId() {
        return alternateContactId;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
