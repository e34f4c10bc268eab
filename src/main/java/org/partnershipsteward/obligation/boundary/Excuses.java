package org.partnershipsteward.obligation.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;
import org.partnershipsteward.bylaws.boundary.Bylaws;
import java.util.Set;
import java.time.LocalDate;
import org.partnershipsteward.audit.boundary.AuditTrail;
import org.partnershipsteward.membership.entity.Member;
import org.partnershipsteward.platform.time.Period;
import org.partnershipsteward.platform.domain.ConflictException;
import org.partnershipsteward.platform.domain.InvalidInputException;
import org.partnershipsteward.platform.security.Roles;

/** The secretariat excuses a member for a period, before it closes: an excused member is compliant in that period. */
@Stateless
@RolesAllowed({Roles.SECRETARIAT, Roles.BOARD})
public class Excuses {

    @PersistenceContext
    EntityManager em;

    @Inject
    ObligationPeriods periods;

    @Inject
    Standings standings;

    @Inject
    AuditTrail audit;

    @Inject
    Bylaws bylaws;

    @Inject
    Clock clock;

    /** The secretariat excuses a member for a period, with the reason; recorded and audited. */
    @RolesAllowed(Roles.SECRETARIAT)
    public void excuse(String periodText, Long memberId, String reason) {
        Period period = periods.parse(periodText);
        if (memberId == null || em.find(Member.class, memberId) == null) {
            throw new InvalidInputException(Map.of("memberId", "no member with this id"));
        }
        if (reason == null || reason.isBlank() || reason.length() > 1000) {
            throw new InvalidInputException(Map.of("reason", "is required (at most 1000 characters): every excuse is a recorded decision"));
        }
        if (periods.closed(period)) {
            throw new ConflictException("Period " + period + " is closed already; excuse members before it closes");
        }
        if (standings.excuses(period).containsKey(memberId)) {
            throw new ConflictException("The member is excused for " + period + " already");
        }
        em.createNativeQuery("INSERT INTO compliance_excuse (period, member_id, reason, excused_by, excused_at) VALUES (?, ?, ?, ?, ?)")
                .setParameter(1, period.toString()).setParameter(2, memberId).setParameter(3, reason.trim())
                .setParameter(4, audit.actor()).setParameter(5, Timestamp.from(clock.instant())).executeUpdate();
        audit.record("COMPLIANCE_EXCUSED", "Member", memberId, period + ": " + reason.trim());
    }

    /** The members excused for the obligation period that contains the day (the minutes mark them in the attendance). */
    @RolesAllowed({Roles.SECRETARIAT, Roles.BOARD, Roles.MEMBER})
    public Set<Long> excusedOn(LocalDate day) {
        return standings.excuses(Period.containing(day, bylaws.inForceOn(day).attendance().periodMonths())).keySet();
    }
}
