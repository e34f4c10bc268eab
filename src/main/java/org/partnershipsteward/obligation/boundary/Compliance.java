package org.partnershipsteward.obligation.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.partnershipsteward.membership.boundary.CurrentMember;
import org.partnershipsteward.obligation.control.Standing;
import org.partnershipsteward.platform.persistence.StampedCache;
import org.partnershipsteward.platform.security.Roles;
import org.partnershipsteward.platform.time.Period;

/**
 * Members' obligations (bylaws section 2), the report: each member's standing per period with every reason, the
 * signed-in member's own, and which periods are closed. Closing a period is {@link PeriodClosing}, excuses
 * {@link Excuses}, the board's votes on status changes {@link StatusProposals}.
 */
@Stateless
@RolesAllowed({Roles.SECRETARIAT, Roles.BOARD})
public class Compliance {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentMember currentMember;

    @Inject
    ObligationPeriods periods;

    @Inject
    Standings standings;

    @Inject
    MemberActivity activity;

    @Inject
    SecurityContext security;

    /** The period text read against the bylaws in force; a clear 400 when it is not a period. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Period period(String text) {
        return periods.parse(text);
    }

    /** The period that contains today. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Period currentPeriod() {
        return periods.current();
    }

    /**
     * Reports computed for all members, shared by every request (pages and API, board and secretariat) until
     * something they were computed from changes: 20 board members opening the compliance page each cost a
     * full computation before (docs/quality.md).
     */
    private static final StampedCache<String, List<Standing>> REPORTS = new StampedCache<>(8);

    /** Every member's standing for the period (members who had joined by its end), as things stand now. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Standing> report(String periodText) {
        Period period = period(periodText);
        // the date is in the stamp too: it decides the bylaws in force and who counts as current
        return REPORTS.get(period.toString(), activity.stamp(period) + "/" + periods.today(),
                () -> List.copyOf(standings.of(period, null)));
    }

    /** The signed-in member's standing in the current period, for their dashboard. */
    @RolesAllowed({Roles.MEMBER, Roles.BOARD, Roles.SECRETARIAT})
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Standing> mine() {
        return currentMember.find().flatMap(m -> standings.of(currentPeriod(), m.getId()).stream().findFirst());
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean closed(Period period) {
        return periods.closed(period);
    }

    /** The periods closed so far, newest first. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<String> closedPeriods() {
        @SuppressWarnings("unchecked")
        List<String> closed = em.createNativeQuery("SELECT period FROM compliance_period").getResultList();
        return closed.stream().sorted(Comparator.reverseOrder()).toList();
    }
}
