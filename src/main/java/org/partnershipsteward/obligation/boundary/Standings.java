package org.partnershipsteward.obligation.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.partnershipsteward.bylaws.boundary.Bylaws;
import org.partnershipsteward.bylaws.entity.BylawsDocument;
import org.partnershipsteward.membership.entity.Member;
import org.partnershipsteward.obligation.control.CompliancePolicy;
import org.partnershipsteward.obligation.control.MemberRecord;
import org.partnershipsteward.obligation.control.ObligationRules;
import org.partnershipsteward.platform.time.Period;
import org.partnershipsteward.obligation.control.Standing;
import org.partnershipsteward.obligation.control.SurveyObligation;

/**
 * Members' standings in a period as things stand now: gathers each member's record ({@link MemberActivity}, the
 * period's excuses) and lets {@link CompliancePolicy}, under the bylaws in force on the period's last day, judge it.
 * Shared by the report ({@link Compliance}) and the close ({@link PeriodClosing}); no transaction or security of its own.
 */
@Dependent
public class Standings {

    @PersistenceContext
    EntityManager em;

    @Inject
    MemberActivity activity;

    @Inject
    Bylaws bylaws;

    /** Every member's standing (members who had joined by the period's end), or only {@code onlyMember}'s. */
    List<Standing> of(Period period, Long onlyMember) {
        BylawsDocument inForce = bylaws.inForceOn(period.end());
        CompliancePolicy policy = new CompliancePolicy(ObligationRules.of(inForce), inForce.version());
        List<MemberRecord.Meeting> meetings = activity.meetings(period);
        // one member's standing (their dashboard) reads only their rows, not the whole partnership's
        Map<Long, List<MemberRecord.Attendance>> attendance = activity.attendance(meetings, onlyMember);
        List<SurveyObligation.IssuedSurvey> surveys = activity.surveys(period);
        Map<Long, Set<Long>> answered = activity.participation(surveys, onlyMember);
        Map<Long, Set<Long>> sentTo = activity.recipients(surveys, onlyMember);
        Map<Long, Set<Integer>> acknowledged = activity.acknowledgements(onlyMember);
        Map<Long, String> excuses = excuses(period);
        var query = em.createQuery("SELECT m FROM Member m WHERE m.joinedOn <= :end" + (onlyMember == null ? "" : " AND m.id = :id")
                + " ORDER BY m.lastName, m.firstName", Member.class).setParameter("end", period.end())
                // only read here: EclipseLink then neither copies the members nor compares them at commit
                .setHint("eclipselink.read-only", "true");
        if (onlyMember != null) {
            query.setParameter("id", onlyMember);
        }
        List<Standing> result = new ArrayList<>();
        for (Member m : query.getResultList()) {
            SurveyObligation.Count count = SurveyObligation.of(surveys, sentTo.getOrDefault(m.getId(), Set.of()),
                    m.getJoinedOn(), m.getReinstatedOn(), m.getLeftOn(), answered.getOrDefault(m.getId(), Set.of()));
            LocalDate leftOn = m.getStatus().current() ? null : m.getLeftOn() != null ? m.getLeftOn() : period.start();
            result.add(policy.judge(period, new MemberRecord(m.getId(), m.getJoinedOn(), m.getReinstatedOn(), leftOn,
                    attendance.getOrDefault(m.getId(), List.of()), count.issued(), count.answered(),
                    acknowledged.getOrDefault(m.getId(), Set.of()), excuses.get(m.getId())), meetings));
        }
        return result;
    }

    /** The period's excuses: member id → reason. */
    Map<Long, String> excuses(Period period) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT member_id, reason FROM compliance_excuse WHERE period = ?")
                .setParameter(1, period.toString()).getResultList();
        Map<Long, String> excuses = new HashMap<>();
        rows.forEach(r -> excuses.put(((Number) r[0]).longValue(), (String) r[1]));
        return excuses;
    }
}
