package org.partnershipsteward.incident.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.partnershipsteward.audit.boundary.AuditTrail;
import org.partnershipsteward.incident.entity.OrganizationResource;
import org.partnershipsteward.incident.entity.ResourceKind;
import org.partnershipsteward.incident.entity.ResourceList;
import org.partnershipsteward.membership.boundary.ContactConfirmed;
import org.partnershipsteward.membership.entity.Member;
import org.partnershipsteward.organization.entity.Organization;
import org.partnershipsteward.platform.domain.InvalidInputException;
import org.partnershipsteward.platform.domain.UnknownEntityException;
import org.partnershipsteward.membership.boundary.CurrentMember;
import org.partnershipsteward.platform.security.Caller;
import org.partnershipsteward.platform.security.Roles;

/**
 * The resources each organisation can offer on the day of an incident. An organisation's own members and the
 * secretariat keep its list (saving it confirms it; so does a member's yearly contact confirmation); the secretariat
 * and the board search all lists by kind and place.
 */
@Stateless
@RolesAllowed({Roles.SECRETARIAT, Roles.BOARD, Roles.MEMBER})
public class Resources {

    /** The most lines one organisation's list may hold. */
    public static final int MAX_RESOURCES = 50;

    @PersistenceContext
    EntityManager em;

    @Inject
    SecurityContext security;

    @Inject
    Caller signedIn;

    @Inject
    CurrentMember currentMember;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** The organisation's list: for the secretariat, or a member of that organisation. */
    public ResourceListView of(long organizationId) {
        Organization organization = mayKeep(organizationId);
        return view(organization);
    }

    /** Replaces the organisation's list (an empty list clears it) and confirms it. */
    public ResourceListView replace(long organizationId,
            @NotNull(message = "a JSON array is required") @Size(max = MAX_RESOURCES, message = "holds at most "
                    + MAX_RESOURCES + " resources") List<@NotNull(message = "is required") @Valid ResourceRequest> lines) {
        Organization organization = mayKeep(organizationId);
        ResourceList list = lockList(organizationId);
        em.createQuery("DELETE FROM OrganizationResource r WHERE r.organizationId = :o").setParameter("o", organizationId)
                .executeUpdate();
        int position = 0;
        for (ResourceRequest line : lines) {
            em.persist(new OrganizationResource(organizationId, position++, line.kindValue(), line.description(),
                    line.location(), line.contact()));
        }
        list.saved(caller(), clock.instant());
        audit.record("RESOURCES_UPDATED", "Organization", organizationId, lines.size() + " resources listed");
        em.flush();
        em.clear();
        return view(organization);
    }

    /** Every listed resource of the kind (any when null) whose description, place, contact or organisation holds {@code q}. */
    @RolesAllowed({Roles.SECRETARIAT, Roles.BOARD})
    public List<ResourceView> search(String kind, String q) {
        ResourceKind k = null;
        if (kind != null && !kind.isBlank()) {
            try {
                k = ResourceKind.valueOf(kind.strip());
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(Map.of("kind", "must be one of " + java.util.Arrays.toString(ResourceKind.values())));
            }
        }
        if (q != null && q.length() > 200) {
            throw new InvalidInputException(Map.of("q", "is at most 200 characters"));
        }
        String needle = q == null ? "" : q.strip().toLowerCase(Locale.ROOT);
        Map<Long, String> names = organizationNames();
        List<OrganizationResource> all = k == null
                ? em.createQuery("SELECT r FROM OrganizationResource r ORDER BY r.organizationId, r.position",
                        OrganizationResource.class).getResultList()
                : em.createQuery("SELECT r FROM OrganizationResource r WHERE r.kind = :k ORDER BY r.organizationId, r.position",
                        OrganizationResource.class).setParameter("k", k).getResultList();
        return all.stream().map(r -> ResourceView.of(r, names.get(r.getOrganizationId())))
                .filter(v -> needle.isEmpty() || matches(v, needle))
                .sorted(java.util.Comparator.comparing(ResourceView::organization).thenComparing(ResourceView::id))
                .toList();
    }

    /** The resources of each of the organisations, for the alert page beside "I can help" answers. */
    @RolesAllowed({Roles.SECRETARIAT, Roles.BOARD})
    public Map<Long, List<ResourceView>> ofOrganizations(Collection<Long> organizationIds) {
        if (organizationIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> names = organizationNames();
        return em.createQuery("SELECT r FROM OrganizationResource r WHERE r.organizationId IN :ids ORDER BY r.position",
                OrganizationResource.class).setParameter("ids", organizationIds).getResultStream()
                .map(r -> ResourceView.of(r, names.get(r.getOrganizationId())))
                .collect(Collectors.groupingBy(ResourceView::organizationId));
    }

    /**
     * A member confirmed their contact details (the yearly confirmation): their organisation's list is confirmed too,
     * in the same transaction. Open to every caller: the confirmation link needs no login.
     */
    @PermitAll
    public void confirmWithContact(@Observes ContactConfirmed confirmed) {
        Member member = em.find(Member.class, confirmed.memberId());
        if (member == null) {
            return;
        }
        lockList(member.getOrganizationId()).confirmed(member.getEmail(), clock.instant());
    }

    private static boolean matches(ResourceView v, String needle) {
        return java.util.stream.Stream.of(v.description(), v.location(), v.contact(), v.organization(), v.kindLabel())
                .anyMatch(s -> s != null && s.toLowerCase(Locale.ROOT).contains(needle));
    }

    private ResourceListView view(Organization organization) {
        List<ResourceView> lines = em.createNamedQuery(OrganizationResource.OF_ORGANIZATION, OrganizationResource.class)
                .setParameter("organization", organization.getId()).getResultStream()
                .map(r -> ResourceView.of(r, organization.getName())).toList();
        ResourceList list = em.find(ResourceList.class, organization.getId());
        return new ResourceListView(organization.getId(), organization.getName(), new ArrayList<>(lines),
                list == null ? null : list.getUpdatedAt(), list == null ? null : list.getUpdatedBy(),
                list == null ? null : list.getConfirmedAt(), list == null ? null : list.getConfirmedBy());
    }

    /** The list's row, created on first use, locked so that two saves do not interleave. */
    private ResourceList lockList(long organizationId) {
        ResourceList list = em.find(ResourceList.class, organizationId, LockModeType.PESSIMISTIC_WRITE);
        if (list == null) {
            list = new ResourceList(organizationId);
            em.persist(list);
        }
        return list;
    }

    /** The organisation, if the caller may keep its list: the secretariat, or one of its current members. */
    private Organization mayKeep(long organizationId) {
        Organization organization = em.find(Organization.class, organizationId);
        if (organization == null) {
            throw new UnknownEntityException("organization", organizationId);
        }
        if (!security.isCallerInRole(Roles.SECRETARIAT) && callerMember()
                .filter(m -> m.getStatus().current() && m.getOrganizationId() == organizationId).isEmpty()) {
            throw new EJBAccessException("Only the secretariat and the organisation's own members keep its resources");
        }
        return organization;
    }

    /** Whether the caller may keep the organisation's list (for pages that offer the link). */
    public boolean mayKeepList(long organizationId) {
        return security.isCallerInRole(Roles.SECRETARIAT) || callerMember()
                .filter(m -> m.getStatus().current() && m.getOrganizationId() == organizationId).isPresent();
    }

    /** The organisation of the signed-in member, if any. */
    public Optional<Long> myOrganization() {
        return callerMember().map(Member::getOrganizationId);
    }

    private Optional<Member> callerMember() {
        return currentMember.find();
    }

    private String caller() {
        return signedIn.email().orElseThrow();
    }

    private Map<Long, String> organizationNames() {
        return em.createQuery("SELECT o FROM Organization o", Organization.class).getResultStream()
                .collect(Collectors.toMap(Organization::getId, Organization::getName, (a, b) -> a));
    }

}
