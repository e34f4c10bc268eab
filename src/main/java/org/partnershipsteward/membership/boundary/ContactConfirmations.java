package org.partnershipsteward.membership.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.partnershipsteward.audit.boundary.AuditTrail;
import org.partnershipsteward.membership.entity.Member;
import org.partnershipsteward.membership.entity.MemberStatus;
import org.partnershipsteward.organization.entity.Organization;
import org.partnershipsteward.platform.config.PartnershipConfig;
import org.partnershipsteward.platform.domain.ConflictException;
import org.partnershipsteward.platform.domain.UnknownEntityException;
import org.partnershipsteward.platform.security.Roles;
import org.partnershipsteward.platform.security.Tokens;
import org.partnershipsteward.platform.time.PartnershipTime;

/**
 * Contact freshness: once every {@code partnership.contacts.confirm-every-days} each member is mailed a
 * link to confirm or correct their title, organisation and contact details, without signing in. Links
 * follow the RSVP rules: only a hash is stored, they expire, looking changes nothing, posting confirms.
 */
@Stateless
@RolesAllowed(Roles.SECRETARIAT)
public class ContactConfirmations {

    @PersistenceContext
    EntityManager em;

    @Inject
    PartnershipTime time;

    @Inject
    PartnershipConfig config;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @Inject
    ProfileChange profileChange;

    @Inject
    Event<ContactConfirmationRequested> requested;

    @Inject
    Event<ContactConfirmed> confirmed;

    /** A member named by a confirmation link, with their organisation. */
    public record Target(Member member, Organization organization) {
    }

    /** A member whose details are older than the confirmation interval, and when they were last asked. */
    public record Stale(Member member, LocalDate lastAskedOn) {
    }

    /**
     * Asks every current member whose details are due. One row per member and due date is inserted
     * first: on two instances the second insert fails and its transaction (with its notices) rolls back.
     */
    @PermitAll
    public int requestDue() {
        int asked = 0;
        for (Member member : due()) {
            LocalDate dueOn = dueOn(member);
            long already = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM contact_request WHERE member_id = ? AND due_on = ?")
                    .setParameter(1, member.getId()).setParameter(2, java.sql.Date.valueOf(dueOn)).getSingleResult()).longValue();
            if (already > 0) {
                continue;
            }
            em.createNativeQuery("INSERT INTO contact_request (member_id, due_on, requested_at) VALUES (?, ?, ?)")
                    .setParameter(1, member.getId()).setParameter(2, java.sql.Date.valueOf(dueOn))
                    .setParameter(3, Timestamp.from(clock.instant())).executeUpdate();
            send(member);
            asked++;
        }
        return asked;
    }

    /** The secretariat asks a member now (e.g. after a bounce was fixed, or before the yearly round). */
    public Member requestNow(Long memberId) {
        Member member = memberId == null ? null : em.find(Member.class, memberId);
        if (member == null) {
            throw new UnknownEntityException("member", memberId);
        }
        if (!member.getStatus().current()) {
            throw new ConflictException("The member is " + member.getStatus() + "; only current members are asked");
        }
        em.createNativeQuery("INSERT INTO contact_request (member_id, due_on, requested_at) SELECT ?, ?, ? FROM (SELECT 1 AS one) x "
                + "WHERE NOT EXISTS (SELECT 1 FROM contact_request WHERE member_id = ? AND due_on = ?)")
                .setParameter(1, member.getId()).setParameter(2, java.sql.Date.valueOf(today()))
                .setParameter(3, Timestamp.from(clock.instant())).setParameter(4, member.getId())
                .setParameter(5, java.sql.Date.valueOf(today())).executeUpdate();
        send(member);
        audit.record("CONTACT_CONFIRMATION_REQUESTED", "Member", member.getId(), member.getEmail());
        return member;
    }

    /** Current members whose details were last confirmed longer ago than the interval, oldest first. */
    public List<Stale> stale() {
        return due().stream().map(m -> new Stale(m, lastAsked(m.getId()))).toList();
    }

    /** What a link names, without changing anything (mail scanners follow links). */
    @PermitAll
    public Optional<Target> resolve(String token) {
        if (!Tokens.wellFormed(token)) {
            return Optional.empty();
        }
        // the expiry is compared in SQL: drivers differ in the Java type they return for DATETIME
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT member_id FROM contact_token WHERE token_hash = ? AND expires_at > ?")
                .setParameter(1, Tokens.hash(token)).setParameter(2, Timestamp.from(clock.instant())).getResultList();
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        Member member = em.find(Member.class, ids.get(0).longValue());
        if (!member.getStatus().current()) {
            return Optional.empty();
        }
        return Optional.of(new Target(member, em.find(Organization.class, member.getOrganizationId())));
    }

    /**
     * The member confirms through the link: without changes the details are confirmed as they are;
     * with changes they are saved the way the profile page saves them (a new title or organisation
     * re-runs the executive-level check). An emergency roster entry the member has is confirmed with them.
     */
    @PermitAll
    public Target confirm(String token, @Valid ProfileRequest changes) {
        return confirm(token, changes, null);
    }

    /**
     * As {@link #confirm(String, ProfileRequest)}, with the member's 24/7 contacts as the page shows them:
     * given, they are saved (which confirms them); null, an existing roster entry is confirmed unchanged.
     */
    @PermitAll
    public Target confirm(String token, @Valid ProfileRequest changes, @Valid EmergencyRequest emergency) {
        Target target = resolve(token).orElseThrow(() -> new UnknownEntityException("contact confirmation link", "given"));
        Member member = target.member();
        if (changes == null) {
            member.confirmContact(clock.instant());
            audit.record("CONTACT_CONFIRMED", "Member", member.getId(), "confirmed unchanged through the emailed link");
        } else {
            profileChange.apply(member, changes);
            audit.record("CONTACT_CONFIRMED", "Member", member.getId(), "confirmed with changes through the emailed link");
        }
        if (emergency != null) {
            member.keepEmergencyContacts(emergency.contacts(), clock.instant());
            audit.record("EMERGENCY_CONTACTS_SAVED", "Member", member.getId(), "with the yearly contact confirmation");
        } else if (member.hasEmergencyContacts()) {
            member.confirmEmergencyContacts(clock.instant());
            audit.record("EMERGENCY_CONTACTS_CONFIRMED", "Member", member.getId(), "with the yearly contact confirmation");
        }
        confirmed.fire(new ContactConfirmed(member.getId(), member.getOrganizationId()));
        return new Target(member, em.find(Organization.class, member.getOrganizationId()));
    }

    /** The organisations a member may choose from when correcting their details through a valid link. */
    @PermitAll
    public List<Organization> organizations(String token) {
        if (resolve(token).isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT o FROM Organization o ORDER BY o.name", Organization.class).getResultList();
    }

    private void send(Member member) {
        String token = Tokens.random();
        Instant expires = clock.instant().plus(java.time.Duration.ofDays(config.contactsLinkValidDays()));
        em.createNativeQuery("INSERT INTO contact_token (token_hash, member_id, expires_at, created_at) VALUES (?, ?, ?, ?)")
                .setParameter(1, Tokens.hash(token)).setParameter(2, member.getId()).setParameter(3, Timestamp.from(expires))
                .setParameter(4, Timestamp.from(clock.instant())).executeUpdate();
        Organization organization = em.find(Organization.class, member.getOrganizationId());
        requested.fire(new ContactConfirmationRequested(member.getId(), member.getEmail(), member.fullName(),
                member.getTitle(), organization.getName(), member.getPhone(), member.getAssistantName(),
                config.baseUrl() + "/contact.xhtml?token=" + token, expires));
    }

    private List<Member> due() {
        // compared in Java: a JPQL parameter would bypass the Instant converter on some drivers
        Instant cutoff = clock.instant().minus(java.time.Duration.ofDays(config.contactsConfirmEveryDays()));
        return em.createQuery("SELECT m FROM Member m WHERE m.status IN :current ORDER BY m.id", Member.class)
                .setParameter("current", MemberStatus.CURRENT).getResultStream()
                .filter(m -> m.getContactConfirmedAt() == null || m.getContactConfirmedAt().isBefore(cutoff))
                .sorted(java.util.Comparator.comparing(Member::getContactConfirmedAt,
                        java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())))
                .toList();
    }

    private LocalDate dueOn(Member member) {
        Instant confirmed = member.getContactConfirmedAt();
        return confirmed == null ? member.getJoinedOn()
                : confirmed.plus(java.time.Duration.ofDays(config.contactsConfirmEveryDays())).atZone(config.zone()).toLocalDate();
    }

    private LocalDate lastAsked(long memberId) {
        Object last = em.createNativeQuery("SELECT MAX(due_on) FROM contact_request WHERE member_id = ?")
                .setParameter(1, memberId).getSingleResult();
        if (last == null) {
            return null;
        }
        return last instanceof java.sql.Date d ? d.toLocalDate() : LocalDate.parse(last.toString().substring(0, 10));
    }

    private LocalDate today() {
        return time.today();
    }
}
