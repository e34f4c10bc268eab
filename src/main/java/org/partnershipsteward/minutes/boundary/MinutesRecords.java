package org.partnershipsteward.minutes.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.partnershipsteward.membership.boundary.CurrentMember;
import org.partnershipsteward.membership.entity.Member;
import org.partnershipsteward.membership.entity.MemberStatus;
import org.partnershipsteward.minutes.entity.MinutesRecord;
import org.partnershipsteward.minutes.entity.MinutesSection;
import org.partnershipsteward.platform.config.PartnershipConfig;
import org.partnershipsteward.platform.domain.ConflictException;
import org.partnershipsteward.platform.domain.UnknownEntityException;
import org.partnershipsteward.platform.security.MemberLinks;
import org.partnershipsteward.platform.security.Roles;
import org.partnershipsteward.summit.entity.Summit;

/**
 * What the minutes' boundaries share: a summit read or locked by id, the minutes' row, a revision's notes, the
 * caller's member record and days in the partnership's zone. Not a boundary: no transaction or security of its own.
 */
@Dependent
public class MinutesRecords {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentMember currentMember;

    @Inject
    SecurityContext security;

    @Inject
    MemberLinks links;

    @Inject
    PartnershipConfig config;

    @Inject
    java.time.Clock clock;

    Summit summit(long id) {
        Summit summit = em.find(Summit.class, id);
        if (summit == null) {
            throw new UnknownEntityException("summit", id);
        }
        return summit;
    }

    /**
     * The summit's row locked, then its minutes' row (created as an empty draft when absent): every change to a
     * summit's minutes takes the summit's lock first, so two first saves never both insert.
     */
    MinutesRecord lock(long summitId) {
        Summit summit = em.find(Summit.class, summitId, LockModeType.PESSIMISTIC_WRITE);
        if (summit == null) {
            throw new UnknownEntityException("summit", summitId);
        }
        if (summit.isCancelled()) {
            throw new ConflictException("The summit is cancelled; it has no minutes");
        }
        MinutesRecord record = em.find(MinutesRecord.class, summitId, LockModeType.PESSIMISTIC_WRITE);
        if (record == null) {
            record = new MinutesRecord(summitId, clock.instant());
            em.persist(record);
            em.flush();
        }
        return record;
    }

    Optional<MinutesRecord> record(long summitId) {
        return Optional.ofNullable(em.find(MinutesRecord.class, summitId));
    }

    /** The notes of a revision: agenda item id → notes (revision 0: none). */
    Map<Long, String> notes(long summitId, int revision) {
        Map<Long, String> notes = new LinkedHashMap<>();
        em.createQuery("SELECT s FROM MinutesSection s WHERE s.summitId = :s AND s.revision = :r ORDER BY s.id",
                MinutesSection.class).setParameter("s", summitId).setParameter("r", revision).getResultList()
                .forEach(s -> notes.put(s.getAgendaItemId(), s.getNotes()));
        return notes;
    }

    /** The signed-in caller's member record, if the caller is a member. */
    Optional<Member> me() {
        return currentMember.find();
    }

    boolean secretariat() {
        return security.isCallerInRole(Roles.SECRETARIAT);
    }

    boolean board() {
        return security.isCallerInRole(Roles.BOARD);
    }

    /** The current members: those the published minutes are mailed to. */
    List<Member> currentMembers() {
        return em.createQuery("SELECT m FROM Member m WHERE m.status IN :current ORDER BY m.id", Member.class)
                .setParameter("current", MemberStatus.CURRENT).getResultList();
    }

    Member member(long id) {
        return em.find(Member.class, id);
    }

    LocalDate day(java.time.Instant instant) {
        return instant.atZone(config.zone()).toLocalDate();
    }

    String baseUrl() {
        return config.baseUrl();
    }

    String when(java.time.Instant instant) {
        return config.when(instant);
    }

    /** A closing link stays valid this many days after the due day. */
    static final int LINK_DAYS_AFTER_DUE = 90;

    /** A new link for the owner to close the action without signing in. */
    String closeLink(org.partnershipsteward.minutes.entity.ActionItem action) {
        return config.baseUrl() + "/action/" + links.issue(MemberLinks.Kind.ACTION, action.getId(), action.getOwnerMemberId(),
                action.getDueOn().plusDays(LINK_DAYS_AFTER_DUE).atStartOfDay(config.zone()).toInstant());
    }
}
