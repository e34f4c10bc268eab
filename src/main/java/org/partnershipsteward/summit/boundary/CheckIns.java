package org.partnershipsteward.summit.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.partnershipsteward.audit.boundary.AuditTrail;
import org.partnershipsteward.membership.entity.Member;
import org.partnershipsteward.platform.domain.InvalidInputException;
import org.partnershipsteward.platform.security.Roles;
import org.partnershipsteward.summit.entity.Summit;

/** The check-in on the day: who attended a summit, in person or by a delegate. */
@Stateless
@RolesAllowed({Roles.SECRETARIAT, Roles.BOARD, Roles.MEMBER})
public class CheckIns {

    @PersistenceContext
    EntityManager em;

    @Inject
    SummitRecords records;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /**
     * The secretariat checks a member in on the day, or records that a delegate attended in their place
     * (which counts for the member's obligations only if the bylaws say so); doing it twice changes nothing.
     */
    @RolesAllowed(Roles.SECRETARIAT)
    public boolean checkIn(long summitId, Long memberId, boolean byDelegate) {
        if (memberId == null) {
            throw new InvalidInputException(Map.of("memberId", "is required"));
        }
        Summit summit = records.byId(summitId);
        SummitRecords.refuseCancelled(summit);
        Member member = em.find(Member.class, memberId);
        if (member == null) {
            throw new InvalidInputException(Map.of("memberId", "no member with this id"));
        }
        if (attended(summitId).contains(memberId)) {
            return false;
        }
        em.createNativeQuery("INSERT INTO attendance (summit_id, member_id, checked_in_at, checked_in_by, by_delegate) "
                + "VALUES (?, ?, ?, ?, ?)").setParameter(1, summitId).setParameter(2, memberId)
                .setParameter(3, Timestamp.from(clock.instant())).setParameter(4, audit.actor()).setParameter(5, byDelegate)
                .executeUpdate();
        audit.record("CHECKED_IN", "Summit", summitId, member.fullName() + (byDelegate ? " (by a delegate)" : ""));
        return true;
    }

    /** Who was checked in at a summit: member id → whether a delegate attended in their place. */
    public Map<Long, Boolean> attendance(long summitId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT member_id, by_delegate FROM attendance WHERE summit_id = ?")
                .setParameter(1, summitId).getResultList();
        return rows.stream().collect(Collectors.toMap(r -> ((Number) r[0]).longValue(),
                r -> r[1] instanceof Boolean b ? b : r[1] != null && ((Number) r[1]).intValue() != 0));
    }

    /** The members checked in at a summit. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Set<Long> attended(long summitId) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT member_id FROM attendance WHERE summit_id = ?")
                .setParameter(1, summitId).getResultList();
        return ids.stream().map(Number::longValue).collect(Collectors.toSet());
    }
}
