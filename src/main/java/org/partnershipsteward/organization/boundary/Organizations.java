package org.partnershipsteward.organization.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.partnershipsteward.audit.boundary.AuditTrail;
import org.partnershipsteward.organization.entity.Organization;
import org.partnershipsteward.platform.domain.ConflictException;
import org.partnershipsteward.platform.domain.InvalidInputException;
import org.partnershipsteward.platform.domain.UnknownEntityException;
import org.partnershipsteward.platform.domain.Vocabulary;
import org.partnershipsteward.platform.security.Roles;

/** The organisations of the partnership: the secretariat keeps them, every role may read them. */
@Stateless
@RolesAllowed({Roles.SECRETARIAT, Roles.BOARD, Roles.MEMBER})
public class Organizations {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    Regions regions;

    public List<Organization> all() {
        return em.createNamedQuery(Organization.ALL, Organization.class).getResultList();
    }

    /** The organisations an applicant may choose from (the public application page). */
    @PermitAll
    public List<Organization> forApplicants() {
        return all();
    }

    public Organization byId(long id) {
        Organization organization = em.find(Organization.class, id);
        if (organization == null) {
            throw new UnknownEntityException("organization", id);
        }
        return organization;
    }

    public long count() {
        return em.createQuery("SELECT COUNT(o) FROM Organization o", Long.class).getSingleResult();
    }

    @RolesAllowed(Roles.SECRETARIAT)
    public Organization create(@NotNull @Valid OrganizationRequest request) {
        refuseDuplicateName(request.name(), null);
        Organization organization = new Organization(clock.instant());
        apply(organization, request);
        em.persist(organization);
        em.flush();
        audit.record("ORGANIZATION_CREATED", "Organization", organization.getId(), request.name());
        return organization;
    }

    @RolesAllowed(Roles.SECRETARIAT)
    public Organization update(long id, @NotNull @Valid OrganizationRequest request) {
        Organization organization = byId(id);
        refuseDuplicateName(request.name(), id);
        apply(organization, request);
        audit.record("ORGANIZATION_CHANGED", "Organization", id, request.name());
        return organization;
    }

    private void apply(Organization organization, OrganizationRequest request) {
        List<String> allowedRegions = regions.allowed();
        String region = allowedRegions.isEmpty() ? request.region()
                : Vocabulary.require("region", request.region(), allowedRegions, true);
        Map<String, String> errors = organization.describe(request.name(), request.sectorValue(),
                request.kindValue(), region, request.isFortune500(), request.isFoundingSponsor(),
                clock.instant());
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private void refuseDuplicateName(String name, Long exceptId) {
        boolean taken = em.createNamedQuery(Organization.BY_NAME, Organization.class)
                .setParameter("name", name.trim())
                .getResultStream().anyMatch(o -> !o.getId().equals(exceptId));
        if (taken) {
            throw new ConflictException("An organization named \"" + name.trim() + "\" exists already");
        }
    }
}
