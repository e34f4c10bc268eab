package org.partnershipsteward.membership.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.partnershipsteward.audit.boundary.AuditTrail;
import org.partnershipsteward.membership.control.RosterLine;
import org.partnershipsteward.membership.control.RosterPdf;
import org.partnershipsteward.membership.control.RosterPolicy;
import org.partnershipsteward.membership.entity.Member;
import org.partnershipsteward.membership.entity.MemberStatus;
import org.partnershipsteward.organization.entity.Organization;
import org.partnershipsteward.platform.config.PartnershipConfig;
import org.partnershipsteward.platform.security.Roles;

/**
 * The emergency roster: each member keeps 24/7 contacts (mobile, after-hours line, a backup person) and
 * confirms them at least once every {@value RosterPolicy#VALID_MONTHS} months: by saving them, in one click
 * from the dashboard, or with the yearly contact confirmation. The roster (list and PDF) lists only current
 * members who share their emergency contacts ({@code Sharing.emergency}); it is TLP:AMBER.
 */
@Stateless
@RolesAllowed({Roles.SECRETARIAT, Roles.BOARD, Roles.MEMBER})
public class Roster {

    @PersistenceContext
    EntityManager em;

    @Inject
    Members members;

    @Inject
    AuditTrail audit;

    @Inject
    PartnershipConfig config;

    @Inject
    Clock clock;

    /** The signed-in member's own entry. */
    @RolesAllowed({Roles.MEMBER, Roles.BOARD})
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public EmergencyView mine() {
        return view(members.me());
    }

    /** The signed-in member saves their 24/7 contacts, which confirms them; all blank takes them off the roster. */
    @RolesAllowed({Roles.MEMBER, Roles.BOARD})
    public EmergencyView keep(@NotNull(message = "a JSON body is required") @Valid EmergencyRequest request) {
        Member me = members.me();
        me.keepEmergencyContacts(request.contacts(), clock.instant());
        // the audit names what changed, never the numbers (the trail is read more widely than the roster)
        audit.record("EMERGENCY_CONTACTS_SAVED", "Member", me.getId(),
                me.hasEmergencyContacts() ? "saved and confirmed" : "removed from the roster");
        return view(me);
    }

    /** The signed-in member confirms their 24/7 contacts are still right (the dashboard's one click). */
    @RolesAllowed({Roles.MEMBER, Roles.BOARD})
    public EmergencyView confirm() {
        Member me = members.me();
        me.confirmEmergencyContacts(clock.instant());
        audit.record("EMERGENCY_CONTACTS_CONFIRMED", "Member", me.getId(), "confirmed unchanged");
        return view(me);
    }

    /** Whether the signed-in member should be asked to confirm (no entry, or not confirmed within the period). */
    @RolesAllowed({Roles.MEMBER, Roles.BOARD})
    public boolean myConfirmationDue() {
        Member me = members.me();
        return RosterPolicy.due(me.hasEmergencyContacts(), confirmedOn(me), today());
    }

    /** The roster: current members who share their emergency contacts and have an entry, by family name. */
    public List<RosterLine> lines() {
        List<Object[]> rows = em.createQuery("SELECT m, o FROM Member m, Organization o WHERE o.id = m.organizationId "
                + "AND m.status IN :current ORDER BY m.lastName, m.firstName, m.id", Object[].class)
                .setParameter("current", MemberStatus.CURRENT).getResultList();
        return rows.stream().filter(r -> ((Member) r[0]).getSharing().emergency() && ((Member) r[0]).hasEmergencyContacts())
                .map(r -> line((Member) r[0], (Organization) r[1])).toList();
    }

    /** The printable roster, TLP:AMBER with today's date; the printing is in the audit trail. */
    public byte[] pdf() {
        List<RosterLine> lines = lines();
        audit.record("EMERGENCY_ROSTER_PRINTED", "Roster", 0L, lines.size() + " member(s), TLP:AMBER");
        return new RosterPdf().render(config.name(), today(), lines);
    }

    /** Current members whose entry is missing or older than the period, by family name (the hand-over lists them). */
    @RolesAllowed(Roles.SECRETARIAT)
    public List<Member> notCurrent() {
        return em.createQuery("SELECT m FROM Member m WHERE m.status IN :current ORDER BY m.lastName, m.firstName", Member.class)
                .setParameter("current", MemberStatus.CURRENT).getResultStream()
                .filter(m -> RosterPolicy.due(m.hasEmergencyContacts(), confirmedOn(m), today()))
                .toList();
    }

    private RosterLine line(Member m, Organization o) {
        var c = m.emergencyContacts();
        return new RosterLine(m.getId(), m.fullName(), m.getSharing().organization() ? o.getName() : null, c.mobile(),
                c.afterHoursPhone(), c.backupName(), c.backupPhone(), c.backupEmail(), confirmedOn(m));
    }

    private EmergencyView view(Member m) {
        return EmergencyView.of(m, confirmedOn(m),
                m.hasEmergencyContacts() && RosterPolicy.current(confirmedOn(m), today()));
    }

    private LocalDate confirmedOn(Member m) {
        return m.getEmergencyConfirmedAt() == null ? null : m.getEmergencyConfirmedAt().atZone(config.zone()).toLocalDate();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(config.zone()));
    }
}
