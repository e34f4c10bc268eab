package org.partnershipsteward.exchange.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.partnershipsteward.audit.boundary.AuditTrail;
import org.partnershipsteward.board.boundary.Board;
import org.partnershipsteward.board.control.Candidate;
import org.partnershipsteward.board.control.SeatType;
import org.partnershipsteward.board.entity.BoardSeat;
import org.partnershipsteward.board.entity.SeatTenure;
import org.partnershipsteward.bylaws.boundary.Bylaws;
import org.partnershipsteward.bylaws.entity.BylawsDocument;
import org.partnershipsteward.eligibility.control.EligibilityPolicy;
import org.partnershipsteward.eligibility.control.EligibilityRules;
import org.partnershipsteward.eligibility.control.Finding;
import org.partnershipsteward.eligibility.control.OrganizationFacts;
import org.partnershipsteward.eligibility.entity.FindingOutcome;
import org.partnershipsteward.exchange.control.AttendanceRow;
import org.partnershipsteward.exchange.control.CsvTable;
import org.partnershipsteward.exchange.control.ImportKind;
import org.partnershipsteward.exchange.control.MemberRow;
import org.partnershipsteward.exchange.control.OrganizationRow;
import org.partnershipsteward.exchange.control.PlannedRow;
import org.partnershipsteward.exchange.control.Report;
import org.partnershipsteward.exchange.control.RowAction;
import org.partnershipsteward.exchange.control.SeatTermRow;
import org.partnershipsteward.exchange.control.SummitRow;
import org.partnershipsteward.exchange.control.WelcomeBatches;
import org.partnershipsteward.membership.control.FindingsCodec;
import org.partnershipsteward.membership.entity.Member;
import org.partnershipsteward.notice.boundary.NoticeRequest;
import org.partnershipsteward.notice.boundary.Outbox;
import org.partnershipsteward.notice.entity.NoticeKind;
import org.partnershipsteward.organization.boundary.Regions;
import org.partnershipsteward.organization.entity.Organization;
import org.partnershipsteward.platform.config.PartnershipConfig;
import org.partnershipsteward.platform.domain.InvalidInputException;
import org.partnershipsteward.platform.security.Account;
import org.partnershipsteward.platform.security.PasswordLinks;
import org.partnershipsteward.platform.security.Roles;
import org.partnershipsteward.summit.entity.Summit;
import org.partnershipsteward.summit.entity.SummitStatus;

/**
 * Imports a CSV file of one kind: reads it, holds every row against the rules (a dry run stops there and changes
 * nothing), and commits only a clean file, all rows in this one transaction, each change in the audit trail. Rows are
 * matched with what is stored (members by email, organisations by name, …), so the same file twice changes nothing.
 */
@Stateless
@RolesAllowed(Roles.SECRETARIAT)
public class Imports {

    static final Duration WELCOME_LINK_VALIDITY = Duration.ofDays(14);

    @PersistenceContext
    EntityManager em;

    @Inject
    StoredPartnership stored;

    @Inject
    Board board;

    @Inject
    Bylaws bylaws;

    @Inject
    AuditTrail audit;

    @Inject
    Outbox outbox;

    @Inject
    Regions regions;

    @Inject
    PasswordLinks passwordLinks;

    @Inject
    PartnershipConfig config;

    @Inject
    Clock clock;

    /** Checks the file and commits it when asked and clean; the report says what was (or would be) done. */
    public Report run(ImportKind kind, byte[] file, boolean commit, boolean welcome) {
        Report report = new Report(kind);
        CsvTable table;
        try {
            table = CsvTable.read(file, kind, report);
        } catch (CsvTable.Unreadable e) {
            throw new InvalidInputException(Map.of("file", e.getMessage() + " [" + e.rule() + "]"));
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock.withZone(config.zone()));
        switch (kind) {
            case ORGANIZATIONS -> OrganizationRow.check(table, stored.organizations(), regions.allowed(), report);
            case MEMBERS -> {
                MemberRow.Checked checked = checkMembers(table, today, report);
                if (commit && report.clean()) {
                    applyMembers(report, checked, welcome, now);
                }
            }
            case SEATS -> SeatTermRow.check(table, stored.seatTerms(), candidates(), seatRules(), today, report);
            case SUMMITS -> SummitRow.check(table, stored.pastSummits(now), now, config.zone(), report);
            case ATTENDANCE -> AttendanceRow.check(table, summitsForAttendance(now), stored.memberEmails().values()
                    .stream().collect(Collectors.toSet()), stored.attendance(now), now, config.zone(), report);
        }
        if (commit && report.clean()) {
            switch (kind) {
                case ORGANIZATIONS -> applyOrganizations(report, now);
                case MEMBERS -> { } // applied above, with the pre-screens
                case SEATS -> applySeats(report, now);
                case SUMMITS -> applySummits(report, now);
                case ATTENDANCE -> applyAttendance(report, now);
            }
            em.flush();
            audit.record("IMPORT_COMMITTED", "Import", null, kind.path() + ": " + report.rows() + " rows, "
                    + report.count(RowAction.CREATE) + " created, " + report.count(RowAction.UPDATE) + " updated, "
                    + report.count(RowAction.UNCHANGED) + " unchanged; file SHA-256 " + sha256(file)
                    + (welcome && kind == ImportKind.MEMBERS ? "; welcome mails queued" : ""));
        }
        return report;
    }

    private MemberRow.Checked checkMembers(CsvTable table, LocalDate today, Report report) {
        Map<String, MemberRow.Organization> organizations = new HashMap<>();
        for (Organization o : em.createNamedQuery(Organization.ALL, Organization.class).getResultList()) {
            organizations.put(OrganizationRow.key(o.getName()), new MemberRow.Organization(o.getName(),
                    new OrganizationFacts(o.getKind(), o.getSector(), o.getRegion(), 0)));
        }
        EligibilityPolicy policy = new EligibilityPolicy(EligibilityRules.of(bylaws.current()));
        return MemberRow.check(table, stored.members(), organizations, policy, today, report);
    }

    private void applyOrganizations(Report report, Instant now) {
        Map<String, Organization> byName = new HashMap<>();
        em.createNamedQuery(Organization.ALL, Organization.class).getResultList()
                .forEach(o -> byName.put(OrganizationRow.key(o.getName()), o));
        for (PlannedRow<OrganizationRow> row : report.planned(OrganizationRow.class)) {
            if (row.action() == RowAction.UNCHANGED) {
                continue;
            }
            OrganizationRow v = row.value();
            Organization o = row.action() == RowAction.CREATE ? new Organization(now) : byName.get(OrganizationRow.key(v.name()));
            o.describe(v.name(), v.sector(), v.kind(), v.region(), v.fortune500(), v.foundingSponsor(), now);
            if (row.action() == RowAction.CREATE) {
                em.persist(o);
            }
        }
        em.flush();
        for (PlannedRow<OrganizationRow> row : report.planned(OrganizationRow.class)) {
            if (row.action() != RowAction.UNCHANGED) {
                Organization o = row.action() == RowAction.CREATE ? byNameNow(row.value().name()) : byName.get(
                        OrganizationRow.key(row.value().name()));
                audit.record(row.action() == RowAction.CREATE ? "ORGANIZATION_IMPORTED" : "ORGANIZATION_UPDATED",
                        "Organization", o.getId(), detail(row));
            }
        }
    }

    private Organization byNameNow(String name) {
        return em.createNamedQuery(Organization.BY_NAME, Organization.class).setParameter("name", name).getSingleResult();
    }

    private void applyMembers(Report report, MemberRow.Checked checked, boolean welcome, Instant now) {
        Map<String, Long> organizationIds = new HashMap<>();
        em.createNamedQuery(Organization.ALL, Organization.class).getResultList()
                .forEach(o -> organizationIds.put(OrganizationRow.key(o.getName()), o.getId()));
        Map<String, Account> accounts = new HashMap<>();
        em.createQuery("SELECT a FROM Account a", Account.class).getResultList().forEach(a -> accounts.put(a.getEmail(), a));
        List<PlannedRow<MemberRow>> rows = report.planned(MemberRow.class);
        // accounts first (one flush gives them their ids), then the members that link to them
        for (PlannedRow<MemberRow> row : rows) {
            MemberRow v = row.value();
            if (row.action() == RowAction.CREATE && v.status().current() && !accounts.containsKey(v.email())) {
                Account account = new Account(v.email(), v.firstName() + " " + v.lastName(), Set.of(Roles.MEMBER), now);
                em.persist(account);
                accounts.put(v.email(), account);
            }
        }
        em.flush();
        Map<String, Member> existing = new HashMap<>();
        if (rows.stream().anyMatch(r -> r.action() == RowAction.UPDATE)) {
            em.createQuery("SELECT m FROM Member m", Member.class).getResultList().forEach(m -> existing.put(m.getEmail(), m));
        }
        List<Member> created = new ArrayList<>();
        for (PlannedRow<MemberRow> row : rows) {
            MemberRow v = row.value();
            Long organizationId = organizationIds.get(OrganizationRow.key(v.organization()));
            List<Finding> findings = checked.prescreens().get(v.email());
            if (row.action() == RowAction.CREATE) {
                Member m = new Member(v.firstName(), v.lastName(), v.email(), v.title(), organizationId, v.criterion(),
                        v.joinedOn(), now);
                if (v.status().current()) {
                    Account account = accounts.get(v.email());
                    account.grant(Roles.MEMBER);
                    m.linkAccount(account.getId());
                }
                m.imported(v.firstName(), v.lastName(), v.title(), organizationId, v.criterion(), v.status(), v.joinedOn(),
                        v.leftOn(), v.phone(), now);
                m.recordPrescreen(FindingsCodec.toJson(findings), reviewNote(findings), now);
                em.persist(m);
                created.add(m);
            } else if (row.action() == RowAction.UPDATE) {
                Member m = existing.get(v.email());
                m.imported(v.firstName(), v.lastName(), v.title(), organizationId, v.criterion(), v.status(), v.joinedOn(),
                        v.leftOn(), v.phone(), now);
                if (findings != null) {
                    m.recordPrescreen(FindingsCodec.toJson(findings), reviewNote(findings), now);
                }
            }
        }
        em.flush();
        for (PlannedRow<MemberRow> row : rows) {
            if (row.action() == RowAction.UPDATE) {
                audit.record("MEMBER_UPDATED", "Member", existing.get(row.value().email()).getId(), detail(row));
            }
        }
        for (Member m : created) {
            audit.record("MEMBER_IMPORTED", "Member", m.getId(), m.fullName() + " <" + m.getEmail() + ">, " + m.getStatus()
                    + ", joined " + m.getJoinedOn() + (m.getPrescreenFindings() == null ? "" : "; pre-screen recorded"));
        }
        if (welcome) {
            welcome(created, now);
        }
    }

    /** Welcome mails to the imported current members, in batches through the outbox (each batch due later). */
    private void welcome(List<Member> created, Instant now) {
        WelcomeBatches batches = new WelcomeBatches(config.welcomeBatchSize(), config.welcomeBatchInterval());
        int sent = 0;
        for (Member m : created) {
            if (m.getAccountId() == null) {
                continue;
            }
            Instant due = batches.dueAt(sent, now);
            String link = passwordLinks.issue(m.getAccountId(), PasswordLinks.Purpose.WELCOME, WELCOME_LINK_VALIDITY
                    .plus(Duration.between(now, due)));
            outbox.enqueue(NoticeRequest.of(NoticeKind.WELCOME, m.getEmail(), m.fullName(),
                    Map.of("loginEmail", m.getEmail(), "link", link)).about("Member", m.getId()).notBefore(due));
            sent++;
        }
        if (sent > 0) {
            audit.record("WELCOME_QUEUED", "Import", null, sent + " welcome mails in batches of " + batches.size() + " every "
                    + config.welcomeBatchInterval().toMinutes() + " minutes");
        }
    }

    /** The executive-level finding that needs a person, as the note the secretariat sees; null when confirmed. */
    private static String reviewNote(List<Finding> findings) {
        return findings.stream().filter(f -> f.rule().equals(EligibilityPolicy.EXECUTIVE_LEVEL)
                && f.outcome() != FindingOutcome.MET).map(f -> "Imported; pre-screen: " + f.reason()).findFirst().orElse(null);
    }

    private Map<String, Candidate> candidates() {
        Map<Long, Organization> organizations = new HashMap<>();
        em.createNamedQuery(Organization.ALL, Organization.class).getResultList().forEach(o -> organizations.put(o.getId(), o));
        Map<String, Candidate> candidates = new HashMap<>();
        for (Member m : em.createQuery("SELECT m FROM Member m", Member.class).getResultList()) {
            Organization o = organizations.get(m.getOrganizationId());
            candidates.put(m.getEmail(), new Candidate(m.getId(), m.getStatus().current(), m.getCriterion(), m.getTitle(),
                    o.getKind(), o.getRegion(), o.isFortune500(), o.isFoundingSponsor()));
        }
        return candidates;
    }

    private SeatTermRow.Rules seatRules() {
        Map<String, SeatType> types = new HashMap<>();
        board.seatTypes().forEach(t -> types.put(t.code(), t));
        Map<Integer, SeatType> byPosition = new HashMap<>();
        board.seats().stream().filter(s -> types.containsKey(s.getSeatType()))
                .forEach(s -> byPosition.put(s.getPosition(), types.get(s.getSeatType())));
        BylawsDocument current = bylaws.current();
        return new SeatTermRow.Rules(byPosition, current.board().termMonths(), current.board().termLimit(),
                current.membership().region());
    }

    private void applySeats(Report report, Instant now) {
        Map<Integer, BoardSeat> seats = new HashMap<>();
        board.seats().forEach(s -> seats.put(s.getPosition(), s));
        Map<String, Member> members = new HashMap<>();
        em.createQuery("SELECT m FROM Member m", Member.class).getResultList().forEach(m -> members.put(m.getEmail(), m));
        Map<String, SeatTenure> tenures = new HashMap<>();
        Map<Long, Integer> positions = new HashMap<>();
        seats.values().forEach(s -> positions.put(s.getId(), s.getPosition()));
        Map<Long, String> emails = stored.memberEmails();
        for (SeatTenure t : em.createQuery("SELECT t FROM SeatTenure t", SeatTenure.class).getResultList()) {
            tenures.put(positions.get(t.getSeatId()) + "/" + emails.get(t.getMemberId()) + "/" + t.getTermStart(), t);
        }
        List<PlannedRow<SeatTermRow>> rows = new ArrayList<>(report.planned(SeatTermRow.class));
        rows.removeIf(r -> r.action() == RowAction.UNCHANGED);
        // terms that end first, so a seat is free before its next holder sits
        rows.sort(Comparator.comparing((PlannedRow<SeatTermRow> r) -> r.value().current()));
        List<Long> touchedMembers = new ArrayList<>();
        for (PlannedRow<SeatTermRow> row : rows) {
            SeatTermRow v = row.value();
            BoardSeat seat = seats.get(v.position());
            Member holder = members.get(v.holder());
            SeatTenure tenure = tenures.get(v.key());
            if (tenure == null) {
                tenure = new SeatTenure(seat.getId(), holder.getId(), v.termStart(), v.termEnd());
                em.persist(tenure);
            } else {
                tenure.correctEnd(v.termEnd());
            }
            if (!v.current()) {
                tenure.end(v.endedOn(), v.endReason() == null ? "ended (import)" : v.endReason());
                if (holder.getId().equals(seat.getHolderId()) && v.termStart().equals(seat.getTermStart())) {
                    seat.vacate(v.endedOn(), now);
                }
                em.flush();
            } else {
                Member alternate = v.alternate() == null ? null : members.get(v.alternate());
                seat.seat(holder.getId(), alternate == null ? null : alternate.getId(), v.termStart(), v.termEnd(), now);
            }
            touchedMembers.add(holder.getId());
            audit.record(row.action() == RowAction.CREATE ? "SEAT_TERM_IMPORTED" : "SEAT_TERM_UPDATED", "BoardSeat",
                    seat.getId(), detail(row));
        }
        em.flush();
        // the BOARD role follows the seat, as when the secretariat assigns one
        Set<Long> seated = board.seats().stream().map(BoardSeat::getHolderId).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        for (Long memberId : touchedMembers) {
            Member m = em.find(Member.class, memberId);
            Account account = m.getAccountId() == null ? null : em.find(Account.class, m.getAccountId());
            if (account != null && seated.contains(memberId)) {
                account.grant(Roles.BOARD);
            } else if (account != null) {
                account.revoke(Roles.BOARD);
            }
        }
        if (!rows.isEmpty()) {
            board.replan();
        }
    }

    private void applySummits(Report report, Instant now) {
        Map<String, Summit> byKey = new HashMap<>();
        stored.pastSummitEntities(now).forEach(s -> byKey.put(StoredPartnership.row(s).key(), s));
        for (PlannedRow<SummitRow> row : report.planned(SummitRow.class)) {
            if (row.action() == RowAction.UNCHANGED) {
                continue;
            }
            SummitRow v = row.value();
            Summit s = byKey.get(v.key());
            if (s == null) {
                s = new Summit(v.title(), v.startsAt(), v.endsAt(), v.venue(), v.capacity(), v.startsAt(), now);
                em.persist(s);
            } else {
                // attendees' calendars follow a change of title, time or place (the SEQUENCE grows)
                boolean calendarChanged = !s.getTitle().equals(v.title().trim()) || !s.getStartsAt().equals(v.startsAt())
                        || !s.getEndsAt().equals(v.endsAt()) || !s.getVenue().equals(v.venue().trim());
                s.describe(v.title(), v.startsAt(), v.endsAt(), v.venue(), v.capacity(), s.getRsvpDeadline(), calendarChanged, now);
            }
            if (v.status() == SummitStatus.CANCELLED && !s.isCancelled()) {
                s.cancel(v.cancelReason(), now);
            }
            em.flush();
            audit.record(row.action() == RowAction.CREATE ? "SUMMIT_IMPORTED" : "SUMMIT_UPDATED", "Summit", s.getId(),
                    detail(row));
        }
    }

    private Map<String, AttendanceRow.Summit> summitsForAttendance(Instant now) {
        Map<String, AttendanceRow.Summit> summits = new HashMap<>();
        for (Summit s : stored.pastSummitEntities(now)) {
            SummitRow row = StoredPartnership.row(s);
            summits.put(row.key(), new AttendanceRow.Summit(row.title(), row.startsAt(), s.isCancelled()));
        }
        return summits;
    }

    private void applyAttendance(Report report, Instant now) {
        Map<String, Long> summitIds = new HashMap<>();
        stored.pastSummitEntities(now).forEach(s -> summitIds.put(StoredPartnership.row(s).key(), s.getId()));
        Map<String, Long> memberIds = new HashMap<>();
        stored.memberEmails().forEach((id, email) -> memberIds.put(email, id));
        String by = "import: " + audit.actor();
        for (PlannedRow<AttendanceRow> row : report.planned(AttendanceRow.class)) {
            AttendanceRow v = row.value();
            long summitId = summitIds.get(SummitRow.key(v.summit(), v.startsAt()));
            long memberId = memberIds.get(v.email());
            if (row.action() == RowAction.CREATE) {
                em.createNativeQuery("INSERT INTO attendance (summit_id, member_id, checked_in_at, checked_in_by, by_delegate) "
                        + "VALUES (?, ?, ?, ?, ?)").setParameter(1, summitId).setParameter(2, memberId)
                        .setParameter(3, Timestamp.from(v.checkedInAt())).setParameter(4, by).setParameter(5, v.byDelegate())
                        .executeUpdate();
            } else if (row.action() == RowAction.UPDATE) {
                em.createNativeQuery("UPDATE attendance SET checked_in_at = ?, by_delegate = ? WHERE summit_id = ? AND member_id = ?")
                        .setParameter(1, Timestamp.from(v.checkedInAt())).setParameter(2, v.byDelegate())
                        .setParameter(3, summitId).setParameter(4, memberId).executeUpdate();
            }
            if (row.action() != RowAction.UNCHANGED) {
                audit.record(row.action() == RowAction.CREATE ? "CHECK_IN_IMPORTED" : "CHECK_IN_UPDATED", "Summit",
                        summitId, v.email() + (v.byDelegate() ? " (by a delegate)" : ""));
            }
        }
    }

    private static String detail(PlannedRow<?> row) {
        return "row " + row.row() + ": " + row.key() + (row.changed().isEmpty() ? "" : " (changed: "
                + String.join(", ", row.changed()) + ")");
    }

    static String sha256(byte[] file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
