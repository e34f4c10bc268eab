package org.partnershipsteward.membership.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.partnershipsteward.audit.boundary.AuditTrail;
import org.partnershipsteward.audit.entity.AuditEntry;
import org.partnershipsteward.bylaws.boundary.Bylaws;
import org.partnershipsteward.membership.entity.ExecutiveLevel;
import org.partnershipsteward.membership.entity.Member;
import org.partnershipsteward.membership.entity.MemberLeft;
import org.partnershipsteward.membership.entity.MemberStatus;
import org.partnershipsteward.organization.entity.Organization;
import org.partnershipsteward.platform.config.PartnershipConfig;
import org.partnershipsteward.platform.domain.ConflictException;
import org.partnershipsteward.platform.domain.InvalidInputException;
import org.partnershipsteward.platform.domain.UnknownEntityException;
import org.partnershipsteward.platform.security.Account;
import org.partnershipsteward.platform.security.Roles;
import org.partnershipsteward.platform.time.PartnershipTime;

/**
 * The members: the directory for the secretariat and board, each member's own profile, status
 * decisions (always recorded), and acknowledgement of the bylaws in force.
 */
@Stateless
@RolesAllowed({Roles.SECRETARIAT, Roles.BOARD})
public class Members {

    @PersistenceContext
    EntityManager em;

    @Inject
    PartnershipTime time;

    @Inject
    CurrentMember currentMember;

    @Inject
    Bylaws bylaws;

    @Inject
    AuditTrail audit;

    @Inject
    SecurityContext security;

    @Inject
    PartnershipConfig config;

    @Inject
    Clock clock;

    @Inject
    jakarta.enterprise.event.Event<MemberLeft> left;

    @Inject
    ProfileChange profileChange;

    @Inject
    AccessFollowsStatus access;

    public List<Member> find(MemberStatus status) {
        var query = em.createQuery("SELECT m FROM Member m" + (status == null ? "" : " WHERE m.status = :s")
                + " ORDER BY m.lastName, m.firstName", Member.class);
        if (status != null) {
            query.setParameter("s", status);
        }
        return query.getResultList();
    }

    /**
     * The directory's lines as plain values in one query, sorted by name: id, last name, first name, email,
     * title, organisation name, sector, criterion, status, executive level, joined on. No entities are
     * loaded, so the transaction has no thousands of copies to compare at commit (docs/quality.md).
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Object[]> directory() {
        return em.createQuery("SELECT m.id, m.lastName, m.firstName, m.email, m.title, o.name, o.sector, m.criterion, "
                + "m.status, m.executiveLevel, m.joinedOn FROM Member m, Organization o WHERE o.id = m.organizationId "
                + "ORDER BY m.lastName, m.firstName", Object[].class).getResultList();
    }

    /** Changes whenever a line of the directory may have changed (members, organisations, acknowledgements, bylaws). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public String directoryStamp() {
        Object[] v = (Object[]) em.createNativeQuery(DIRECTORY_STAMP).getSingleResult();
        return java.util.Arrays.toString(v) + "/" + time.today();
    }

    /** The directory stamp's query (also read with plain JDBC, {@link MemberDirectory}). */
    static final String DIRECTORY_STAMP = "SELECT (SELECT COUNT(*) FROM member), (SELECT SUM(version) FROM member), "
            + "(SELECT COUNT(*) FROM organization), (SELECT SUM(version) FROM organization), "
            + "(SELECT COUNT(*) FROM bylaws_acknowledgement), "
            // which version is in force follows from the adopted versions and the day: no need to ask Bylaws
            + "(SELECT COUNT(*) FROM bylaws_version), (SELECT COALESCE(MAX(id), 0) FROM bylaws_version)";

    public Member byId(long id) {
        Member member = em.find(Member.class, id);
        if (member == null) {
            throw new UnknownEntityException("member", id);
        }
        return member;
    }

    /** The signed-in member's own record. */
    @RolesAllowed({Roles.MEMBER, Roles.BOARD})
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Member me() {
        return currentMember.require();
    }

    /**
     * The member updates their profile. A new title or organisation re-runs the executive-level check;
     * unless the bylaws' patterns confirm it, the member is flagged for the secretariat to look at.
     */
    @RolesAllowed({Roles.MEMBER, Roles.BOARD})
    public Member updateProfile(@NotNull(message = "a JSON body is required") @Valid ProfileRequest request) {
        return profileChange.apply(me(), request);
    }

    /** The secretariat confirms a flagged member's executive level after looking. */
    @RolesAllowed(Roles.SECRETARIAT)
    public Member settleExecutiveLevel(long id, String note) {
        Member member = byId(id);
        if (member.getExecutiveLevel() != ExecutiveLevel.NEEDS_REVIEW) {
            throw new ConflictException("Nothing to settle: the member's executive level is confirmed");
        }
        if (note == null || note.isBlank()) {
            throw new InvalidInputException(Map.of("note", "is required: say what you checked"));
        }
        member.settleExecutiveLevel(note.trim(), clock.instant());
        audit.record("MEMBER_EXECUTIVE_LEVEL_CONFIRMED", "Member", id, note.trim());
        return member;
    }

    /** A recorded decision on a member's status. */
    @RolesAllowed(Roles.SECRETARIAT)
    public Member changeStatus(long id, @NotNull(message = "a JSON body is required") @Valid StatusChangeRequest request) {
        Member member = byId(id);
        MemberStatus to = MemberStatus.valueOf(request.status());
        if (member.getStatus() == to) {
            throw new ConflictException("The member is " + to + " already");
        }
        MemberStatus from = member.getStatus();
        LocalDate effective = request.effectiveDate() != null ? request.effectiveDate() : time.today();
        member.changeStatus(to, effective, clock.instant());
        audit.record("MEMBER_STATUS_CHANGED", "Member", id, from + " → " + to + " from " + effective + ": "
                + request.reason().trim());
        if (!from.current() && to.current()) {
            access.reinstated(member);
        }
        if (from.current() && !to.current()) {
            leave(member, effective, to + ": " + request.reason().trim(), null);
        }
        return member;
    }

    /**
     * A personnel change (a chief retires, a CSO changes company) as one recorded transition: the
     * membership ends, the login is closed, seats are vacated (the alternates cover), the organisation's
     * contacts move up, and the successor is invited to apply.
     */
    @RolesAllowed(Roles.SECRETARIAT)
    public Member transition(long id, @NotNull(message = "a JSON body is required") @Valid TransitionRequest request) {
        Member member = byId(id);
        if (!member.getStatus().current()) {
            throw new ConflictException("The member is " + member.getStatus() + " already");
        }
        MemberStatus from = member.getStatus();
        member.changeStatus(MemberStatus.RESIGNED, request.effectiveDate(), clock.instant());
        Organization organization = em.find(Organization.class, member.getOrganizationId());
        if (member.getId().equals(organization.getPrimaryContactId())) {
            organization.assignContacts(organization.getAlternateContactId(), null, clock.instant());
        } else if (member.getId().equals(organization.getAlternateContactId())) {
            organization.assignContacts(organization.getPrimaryContactId(), null, clock.instant());
        }
        String successor = request.successorEmail() == null || request.successorEmail().isBlank() ? null
                : Account.normalizeEmail(request.successorEmail());
        audit.record("MEMBER_TRANSITION", "Member", id, request.type() + " from " + request.effectiveDate() + " ("
                + from + " → RESIGNED)" + (successor == null ? "" : "; successor invited: " + successor));
        leave(member, request.effectiveDate(), request.type(), successor);
        return member;
    }

    private void leave(Member member, LocalDate effective, String reason, String successorEmail) {
        Organization organization = em.find(Organization.class, member.getOrganizationId());
        left.fire(new MemberLeft(member.getId(), member.fullName(), effective, reason, successorEmail,
                organization.getName()));
    }

    /** Everything recorded about the member, newest first. */
    public List<AuditEntry> history(long id) {
        byId(id);
        return audit.of("Member", id);
    }

    /**
     * The signed-in member acknowledges a bylaws version: the one in force, or an amendment adopted to take effect
     * later (its mail asks for it before its day); any other is refused naming the version in force.
     */
    @RolesAllowed({Roles.MEMBER, Roles.BOARD})
    public int acknowledge(Integer version) {
        if (version == null || !bylaws.acknowledgeable(version)) {
            int inForce = bylaws.current().version();
            throw new ConflictException("Version " + version + " is not the bylaws in force; acknowledge version " + inForce);
        }
        Member member = me();
        if (!acknowledged(member.getId(), version)) {
            em.createNativeQuery("INSERT INTO bylaws_acknowledgement (member_id, bylaws_version, acknowledged_at) VALUES (?, ?, ?)")
                    .setParameter(1, member.getId()).setParameter(2, version)
                    .setParameter(3, Timestamp.from(clock.instant())).executeUpdate();
            audit.record("BYLAWS_ACKNOWLEDGED", "Member", member.getId(), "version " + version);
        }
        return version;
    }

    @RolesAllowed({Roles.SECRETARIAT, Roles.BOARD, Roles.MEMBER})
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean acknowledged(long memberId, int version) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM bylaws_acknowledgement WHERE member_id = ? AND bylaws_version = ?")
                .setParameter(1, memberId).setParameter(2, version).getSingleResult()).intValue() > 0;
    }

    /** The ids of members who acknowledged the version in force. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Set<Long> acknowledgedCurrent() {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT member_id FROM bylaws_acknowledgement WHERE bylaws_version = ?")
                .setParameter(1, bylaws.current().version()).getResultList();
        Set<Long> result = new HashSet<>();
        ids.forEach(n -> result.add(n.longValue()));
        return result;
    }
}
