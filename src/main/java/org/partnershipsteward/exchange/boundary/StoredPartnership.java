package org.partnershipsteward.exchange.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.partnershipsteward.board.boundary.Board;
import org.partnershipsteward.board.entity.BoardSeat;
import org.partnershipsteward.board.entity.SeatTenure;
import org.partnershipsteward.exchange.control.AttendanceRow;
import org.partnershipsteward.exchange.control.MemberRow;
import org.partnershipsteward.exchange.control.OrganizationRow;
import org.partnershipsteward.exchange.control.SeatTermRow;
import org.partnershipsteward.exchange.control.SummitRow;
import org.partnershipsteward.membership.entity.Member;
import org.partnershipsteward.organization.entity.Organization;
import org.partnershipsteward.summit.entity.Summit;
import org.partnershipsteward.summit.entity.SummitStatus;

/**
 * What is stored, as the rows of each kind: what an export writes and what an import matches its rows with. One
 * query per kind (5,000 members are one read), in the caller's transaction.
 */
@Dependent
public class StoredPartnership {

    @PersistenceContext
    EntityManager em;

    @Inject
    Board board;

    /** Organisations by name (lower case). */
    public Map<String, OrganizationRow> organizations() {
        Map<String, OrganizationRow> rows = new LinkedHashMap<>();
        for (Organization o : em.createNamedQuery(Organization.ALL, Organization.class).getResultList()) {
            rows.put(OrganizationRow.key(o.getName()), new OrganizationRow(o.getName(), o.getSector(), o.getKind(),
                    o.getRegion(), o.isFortune500(), o.isFoundingSponsor()));
        }
        return rows;
    }

    /** Members by email. */
    public Map<String, MemberRow> members() {
        Map<Long, String> names = new HashMap<>();
        em.createNamedQuery(Organization.ALL, Organization.class).getResultList().forEach(o -> names.put(o.getId(), o.getName()));
        Map<String, MemberRow> rows = new LinkedHashMap<>();
        for (Member m : em.createQuery("SELECT m FROM Member m ORDER BY m.email", Member.class).getResultList()) {
            rows.put(m.getEmail(), row(m, names.get(m.getOrganizationId())));
        }
        return rows;
    }

    static MemberRow row(Member m, String organization) {
        return new MemberRow(m.getEmail(), m.getFirstName(), m.getLastName(), m.getTitle(), organization, m.getCriterion(),
                m.getStatus(), m.getJoinedOn(), m.getLeftOn(), m.getPhone());
    }

    /** Every term on every seat, in seat order and then by start; the current term carries the seat's alternate. */
    public List<SeatTermRow> seatTerms() {
        Map<Long, BoardSeat> seats = new HashMap<>();
        board.seats().forEach(s -> seats.put(s.getId(), s));
        Map<Long, String> emails = memberEmails();
        List<SeatTermRow> rows = new ArrayList<>();
        for (SeatTenure t : em.createQuery("SELECT t FROM SeatTenure t", SeatTenure.class).getResultList()) {
            BoardSeat seat = seats.get(t.getSeatId());
            boolean current = t.getEndedOn() == null && t.getMemberId().equals(seat.getHolderId());
            String alternate = current && seat.getAlternateId() != null ? emails.get(seat.getAlternateId()) : null;
            rows.add(new SeatTermRow(seat.getPosition(), seat.getSeatType(), emails.get(t.getMemberId()), alternate,
                    t.getTermStart(), t.getTermEnd(), t.getEndedOn(), t.getEndedOn() == null ? null : t.getEndReason()));
        }
        rows.sort(Comparator.comparingInt(SeatTermRow::position).thenComparing(SeatTermRow::termStart)
                .thenComparing(SeatTermRow::holder));
        return rows;
    }

    /** Summits that started before the moment, by title and start (to the second). */
    public Map<String, SummitRow> pastSummits(Instant before) {
        Map<String, SummitRow> rows = new LinkedHashMap<>();
        for (Summit s : pastSummitEntities(before)) {
            SummitRow row = row(s);
            rows.put(row.key(), row);
        }
        return rows;
    }

    List<Summit> pastSummitEntities(Instant before) {
        return em.createQuery("SELECT s FROM Summit s WHERE s.startsAt < :t ORDER BY s.startsAt, s.title", Summit.class)
                .setParameter("t", before).getResultList();
    }

    static SummitRow row(Summit s) {
        return new SummitRow(s.getTitle(), seconds(s.getStartsAt()), seconds(s.getEndsAt()), s.getVenue(), s.getCapacity(),
                s.getStatus(), s.getStatus() == SummitStatus.CANCELLED ? s.getCancelReason() : null);
    }

    /** Check-ins at past summits, by summit and email. */
    public Map<String, AttendanceRow> attendance(Instant before) {
        Map<Long, Summit> summits = new HashMap<>();
        pastSummitEntities(before).forEach(s -> summits.put(s.getId(), s));
        Map<Long, String> emails = memberEmails();
        List<AttendanceRow> rows = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<Object[]> stored = em.createNativeQuery(
                "SELECT summit_id, member_id, checked_in_at, by_delegate FROM attendance").getResultList();
        for (Object[] r : stored) {
            Summit s = summits.get(((Number) r[0]).longValue());
            if (s != null) {
                rows.add(new AttendanceRow(s.getTitle(), seconds(s.getStartsAt()), emails.get(((Number) r[1]).longValue()),
                        seconds(instant(r[2])), flag(r[3])));
            }
        }
        rows.sort(Comparator.comparing(AttendanceRow::startsAt).thenComparing(AttendanceRow::summit)
                .thenComparing(AttendanceRow::email));
        Map<String, AttendanceRow> byKey = new LinkedHashMap<>();
        rows.forEach(r -> byKey.put(r.key(), r));
        return byKey;
    }

    Map<Long, String> memberEmails() {
        Map<Long, String> emails = new HashMap<>();
        for (Object[] r : em.createQuery("SELECT m.id, m.email FROM Member m", Object[].class).getResultList()) {
            emails.put((Long) r[0], (String) r[1]);
        }
        return emails;
    }

    static Instant seconds(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.SECONDS);
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof java.time.LocalDateTime l) {
            return Timestamp.valueOf(l).toInstant();
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        return (Instant) value;
    }

    private static boolean flag(Object value) {
        return value instanceof Boolean b ? b : value instanceof Number n && n.intValue() != 0;
    }
}
