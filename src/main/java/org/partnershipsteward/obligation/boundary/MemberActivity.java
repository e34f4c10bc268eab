package org.partnershipsteward.obligation.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.partnershipsteward.obligation.control.MemberRecord;
import org.partnershipsteward.platform.time.Period;
import org.partnershipsteward.obligation.control.SurveyObligation.IssuedSurvey;
import org.partnershipsteward.platform.config.PartnershipConfig;
import org.partnershipsteward.platform.persistence.PoolReads;
import org.partnershipsteward.summit.entity.Summit;
import org.partnershipsteward.survey.entity.Survey;

/**
 * What members did, read from the tables of the components that record it: summits and their check-ins
 * ({@code summit}: {@code attendance}), surveys, to whom they were issued and who took part ({@code survey}: {@code survey_recipient},
 * {@code survey_participation}),
 * bylaws acknowledgements ({@code membership}: {@code bylaws_acknowledgement}), and a stamp that changes when any
 * of it does. These are the only reads of other components' tables in {@code obligation} (docs/architecture.md):
 * a period's report reads them for every member at once, in one query each, and the timer that closes a period
 * runs without a caller, which the owners' boundaries would refuse.
 */
@Dependent
public class MemberActivity {

    @PersistenceContext
    EntityManager em;

    @Inject
    PartnershipConfig config;

    @Inject
    PoolReads stamps;

    /** The summits in the period, cancelled ones included (the policy knows they are not required). */
    List<MemberRecord.Meeting> meetings(Period period) {
        ZoneId zone = config.zone();
        return em.createQuery("SELECT s FROM Summit s", Summit.class).getResultList().stream()
                .map(s -> new MemberRecord.Meeting(s.getId(), s.getStartsAt().atZone(zone).toLocalDate(), s.isCancelled()))
                .filter(m -> period.contains(m.on())).toList();
    }

    /** Check-ins at these summits, by member; only {@code onlyMember}'s when not null (one member's dashboard). */
    Map<Long, List<MemberRecord.Attendance>> attendance(List<MemberRecord.Meeting> meetings, Long onlyMember) {
        Map<Long, MemberRecord.Meeting> byId = meetings.stream().collect(Collectors.toMap(MemberRecord.Meeting::summitId, m -> m));
        Map<Long, List<MemberRecord.Attendance>> attendance = new HashMap<>();
        if (byId.isEmpty()) {
            return attendance;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = onlyMember(em.createNativeQuery("SELECT summit_id, member_id, by_delegate FROM attendance WHERE summit_id IN ("
                + ids(byId.keySet()) + ")" + (onlyMember == null ? "" : " AND member_id = ?1")), onlyMember).getResultList();
        for (Object[] row : rows) {
            long summitId = ((Number) row[0]).longValue();
            if (byId.containsKey(summitId)) {
                attendance.computeIfAbsent(((Number) row[1]).longValue(), k -> new ArrayList<>())
                        .add(new MemberRecord.Attendance(summitId, byId.get(summitId).on(), bool(row[2])));
            }
        }
        return attendance;
    }

    /** The surveys closing in the period, with the day each opened. */
    List<IssuedSurvey> surveys(Period period) {
        ZoneId zone = config.zone();
        return em.createQuery("SELECT s FROM Survey s WHERE s.closesAt >= :from AND s.closesAt < :to", Survey.class)
                .setParameter("from", period.start().atStartOfDay(zone).toInstant())
                .setParameter("to", period.endExclusive().atStartOfDay(zone).toInstant()).getResultList().stream()
                .map(s -> new IssuedSurvey(s.getId(), s.getOpensAt().atZone(zone).toLocalDate())).toList();
    }

    /** Who took part in these surveys: member id → survey ids (only {@code onlyMember}'s when not null). */
    Map<Long, Set<Long>> participation(List<IssuedSurvey> surveys, Long onlyMember) {
        return membersOf("survey_participation", surveys, onlyMember);
    }

    /** To whom these surveys were issued (sent): member id → survey ids (only {@code onlyMember}'s when not null). */
    Map<Long, Set<Long>> recipients(List<IssuedSurvey> surveys, Long onlyMember) {
        return membersOf("survey_recipient", surveys, onlyMember);
    }

    /** A (survey_id, member_id) table of the survey component, read for these surveys: member id → survey ids. */
    private Map<Long, Set<Long>> membersOf(String table, List<IssuedSurvey> surveys, Long onlyMember) {
        Map<Long, Set<Long>> bySurvey = new HashMap<>();
        if (surveys.isEmpty()) {
            return bySurvey;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = onlyMember(em.createNativeQuery("SELECT survey_id, member_id FROM " + table + " WHERE survey_id IN ("
                + ids(surveys.stream().map(IssuedSurvey::id).toList()) + ")" + (onlyMember == null ? "" : " AND member_id = ?1")),
                onlyMember).getResultList();
        rows.forEach(r -> bySurvey.computeIfAbsent(((Number) r[1]).longValue(), k -> new HashSet<>()).add(((Number) r[0]).longValue()));
        return bySurvey;
    }

    /** The bylaws versions each member acknowledged (only {@code onlyMember}'s when not null). */
    Map<Long, Set<Integer>> acknowledgements(Long onlyMember) {
        Map<Long, Set<Integer>> acknowledged = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> acks = onlyMember(em.createNativeQuery("SELECT member_id, bylaws_version FROM bylaws_acknowledgement"
                + (onlyMember == null ? "" : " WHERE member_id = ?1")), onlyMember).getResultList();
        acks.forEach(r -> acknowledged.computeIfAbsent(((Number) r[0]).longValue(), k -> new HashSet<>()).add(((Number) r[1]).intValue()));
        return acknowledged;
    }

    /** A query about one member, or all (onlyMember null: the query has no parameter). */
    private static jakarta.persistence.Query onlyMember(jakarta.persistence.Query query, Long onlyMember) {
        return onlyMember == null ? query : query.setParameter(1, onlyMember);
    }

    /**
     * Changes whenever a report of the period may change, whichever instance wrote: members (their row versions),
     * summits, the period's check-ins, surveys, the recipients of and the answers to those closing in the period, the period's excuses,
     * acknowledgements and bylaws versions.
     */
    String stamp(Period period) {
        ZoneId zone = config.zone();
        Timestamp from = Timestamp.from(period.start().atStartOfDay(zone).toInstant());
        Timestamp to = Timestamp.from(period.endExclusive().atStartOfDay(zone).toInstant());
        Object[] parameters = {from, to, from, to, from, to, period.toString()};
        return stamps.stampOutsideTransaction(STAMP, query -> {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
        }).orElseGet(() -> {
            var query = em.createNativeQuery(STAMP);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            return Arrays.toString((Object[]) query.getSingleResult());
        });
    }

    static final String STAMP = "SELECT (SELECT COUNT(*) FROM member), "
            + "(SELECT COALESCE(SUM(version), 0) FROM member), (SELECT COUNT(*) FROM summit), "
            + "(SELECT COALESCE(SUM(version), 0) FROM summit), "
            + "(SELECT COUNT(*) FROM attendance a JOIN summit s ON s.id = a.summit_id WHERE s.starts_at >= ? AND s.starts_at < ?), "
            // the recipients of the surveys closing in the period only: the report reads no others, and counting
            // every recipient of every survey scanned 125,000 rows per compliance page (docs/quality.md)
            + "(SELECT COUNT(*) FROM survey), (SELECT COUNT(*) FROM survey_recipient r JOIN survey w ON w.id = r.survey_id "
            + "WHERE w.closes_at >= ? AND w.closes_at < ?), "
            + "(SELECT COUNT(*) FROM survey_participation p JOIN survey v ON v.id = p.survey_id WHERE v.closes_at >= ? AND v.closes_at < ?), "
            + "(SELECT COUNT(*) FROM compliance_excuse WHERE period = ?), (SELECT COUNT(*) FROM bylaws_acknowledgement), "
            + "(SELECT COUNT(*) FROM bylaws_version)";

    /** A SQL list of ids; they are numbers from the database, so nothing a user typed reaches the statement. */
    private static String ids(Collection<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    static boolean bool(Object value) {
        return value instanceof Boolean b ? b : value instanceof Number n && n.intValue() != 0;
    }
}
