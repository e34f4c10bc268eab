package org.partnershipsteward.obligation.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.security.enterprise.SecurityContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.partnershipsteward.audit.boundary.AuditTrail;
import org.partnershipsteward.ballot.boundary.Ballot;
import org.partnershipsteward.ballot.boundary.BoardRoster;
import org.partnershipsteward.ballot.control.Tally;
import org.partnershipsteward.ballot.entity.SubjectKind;
import org.partnershipsteward.ballot.entity.VoteDecision;
import org.partnershipsteward.bylaws.entity.VoteOutcome;
import org.partnershipsteward.bylaws.control.BylawsCodec;
import org.partnershipsteward.bylaws.control.Threshold;
import org.partnershipsteward.obligation.control.ObligationRules;
import org.partnershipsteward.bylaws.entity.BylawsDocument;
import org.partnershipsteward.bylaws.entity.BylawsVersion;
import org.partnershipsteward.membership.entity.Member;
import org.partnershipsteward.membership.entity.MemberLeft;
import org.partnershipsteward.membership.entity.MemberStatus;
import org.partnershipsteward.notice.boundary.NoticeRequest;
import org.partnershipsteward.notice.boundary.Outbox;
import org.partnershipsteward.notice.entity.NoticeKind;
import org.partnershipsteward.obligation.control.CompliancePolicy;
import org.partnershipsteward.obligation.control.MemberRecord;
import org.partnershipsteward.obligation.control.Period;
import org.partnershipsteward.obligation.control.Standing;
import org.partnershipsteward.obligation.entity.StatusProposal;
import org.partnershipsteward.organization.entity.Organization;
import org.partnershipsteward.platform.persistence.StampedCache;
import org.partnershipsteward.platform.config.PartnershipConfig;
import org.partnershipsteward.platform.domain.ConflictException;
import org.partnershipsteward.platform.domain.InvalidInputException;
import org.partnershipsteward.platform.domain.UnknownEntityException;
import org.partnershipsteward.platform.persistence.Constraints;
import org.partnershipsteward.platform.security.Account;
import org.partnershipsteward.platform.security.Accounts;
import org.partnershipsteward.platform.security.Roles;
import org.partnershipsteward.summit.entity.Summit;
import org.partnershipsteward.survey.entity.Survey;

/**
 * Members' obligations (bylaws section 2): each member's standing per period, excuses, the close of a
 * period (warnings to those who fell short, proposals to the board after consecutive misses) and the
 * board's votes on those proposals. Every change is an audited decision.
 */
@Stateless
@RolesAllowed({Roles.SECRETARIAT, Roles.BOARD})
public class Compliance {

    /** The longest comment a board member may give with a vote (the column's size). */
    static final int MAX_COMMENT = 2000;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Outbox outbox;

    @Inject
    BoardRoster roster;

    @Inject
    Ballot ballot;

    @Inject
    Accounts accounts;

    @Inject
    SecurityContext security;

    @Inject
    PartnershipConfig config;

    @Inject
    Clock clock;

    @Inject
    jakarta.enterprise.event.Event<MemberLeft> left;

    /** The period text read against the bylaws in force; a clear 400 when it is not a period. */
    @PermitAll
    public Period period(String text) {
        try {
            return Period.parse(text, inForce(today()).attendance().periodMonths());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(Map.of("period", e.getMessage()));
        }
    }

    /** The period that contains today. */
    @PermitAll
    public Period currentPeriod() {
        return Period.containing(today(), inForce(today()).attendance().periodMonths());
    }

    /**
     * Reports computed for all members, shared by every request (pages and API, board and secretariat) until
     * something they were computed from changes: 20 board members opening the compliance page each cost a
     * full computation before (docs/quality.md).
     */
    private static final StampedCache<String, List<Standing>> REPORTS = new StampedCache<>(8);

    /** Every member's standing for the period (members who had joined by its end), as things stand now. */
    public List<Standing> report(String periodText) {
        Period period = period(periodText);
        return REPORTS.get(period.toString(), reportStamp(period), () -> List.copyOf(standings(period, null)));
    }

    /**
     * Changes whenever a report of the period may change, whichever instance wrote: members (their row versions),
     * summits, the period's check-ins, surveys and the answers to those closing in the period, the period's excuses,
     * acknowledgements, bylaws versions, and the date (the bylaws in force and who counts as current).
     */
    private String reportStamp(Period period) {
        ZoneId zone = config.zone();
        Timestamp from = Timestamp.from(period.start().atStartOfDay(zone).toInstant());
        Timestamp to = Timestamp.from(period.endExclusive().atStartOfDay(zone).toInstant());
        Object[] v = (Object[]) em.createNativeQuery("SELECT (SELECT COUNT(*) FROM member), "
                + "(SELECT COALESCE(SUM(version), 0) FROM member), (SELECT COUNT(*) FROM summit), "
                + "(SELECT COALESCE(SUM(version), 0) FROM summit), "
                + "(SELECT COUNT(*) FROM attendance a JOIN summit s ON s.id = a.summit_id WHERE s.starts_at >= ? AND s.starts_at < ?), "
                + "(SELECT COUNT(*) FROM survey), "
                + "(SELECT COUNT(*) FROM survey_participation p JOIN survey v ON v.id = p.survey_id WHERE v.closes_at >= ? AND v.closes_at < ?), "
                + "(SELECT COUNT(*) FROM compliance_excuse WHERE period = ?), (SELECT COUNT(*) FROM bylaws_acknowledgement), "
                + "(SELECT COUNT(*) FROM bylaws_version)")
                .setParameter(1, from).setParameter(2, to).setParameter(3, from).setParameter(4, to)
                .setParameter(5, period.toString()).getSingleResult();
        return java.util.Arrays.toString(v) + "/" + today();
    }

    /** The signed-in member's standing in the current period, for their dashboard. */
    @RolesAllowed({Roles.MEMBER, Roles.BOARD, Roles.SECRETARIAT})
    public Optional<Standing> mine() {
        String email = security.getCallerPrincipal().getName();
        return em.createQuery("SELECT m FROM Member m WHERE m.email = :e", Member.class).setParameter("e", email)
                .getResultStream().findFirst().flatMap(m -> standings(currentPeriod(), m.getId()).stream().findFirst());
    }

    private List<Standing> standings(Period period, Long onlyMember) {
        BylawsDocument bylaws = inForce(period.end());
        CompliancePolicy policy = new CompliancePolicy(ObligationRules.of(bylaws), bylaws.version());
        ZoneId zone = config.zone();
        List<MemberRecord.Meeting> meetings = em.createQuery("SELECT s FROM Summit s", Summit.class).getResultList().stream()
                .map(s -> new MemberRecord.Meeting(s.getId(), s.getStartsAt().atZone(zone).toLocalDate(), s.isCancelled()))
                .filter(m -> period.contains(m.on())).toList();
        Map<Long, LocalDate> meetingDay = meetings.stream()
                .collect(Collectors.toMap(MemberRecord.Meeting::summitId, MemberRecord.Meeting::on));
        Map<Long, List<MemberRecord.Attendance>> attendance = new HashMap<>();
        if (!meetings.isEmpty()) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("SELECT summit_id, member_id, by_delegate FROM attendance WHERE summit_id IN ("
                    + ids(meetingDay.keySet()) + ")").getResultList();
            for (Object[] row : rows) {
                long summitId = ((Number) row[0]).longValue();
                if (meetingDay.containsKey(summitId)) {
                    attendance.computeIfAbsent(((Number) row[1]).longValue(), k -> new ArrayList<>())
                            .add(new MemberRecord.Attendance(summitId, meetingDay.get(summitId), bool(row[2])));
                }
            }
        }
        List<Survey> surveys = em.createQuery("SELECT s FROM Survey s WHERE s.closesAt >= :from AND s.closesAt < :to", Survey.class)
                .setParameter("from", period.start().atStartOfDay(zone).toInstant())
                .setParameter("to", period.endExclusive().atStartOfDay(zone).toInstant()).getResultList();
        Set<String> answered = new HashSet<>();
        if (!surveys.isEmpty()) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("SELECT survey_id, member_id FROM survey_participation WHERE survey_id IN ("
                    + ids(surveys.stream().map(Survey::getId).toList()) + ")").getResultList();
            rows.forEach(r -> answered.add(((Number) r[0]).longValue() + ":" + ((Number) r[1]).longValue()));
        }
        Map<Long, Set<Integer>> acknowledged = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> acks = em.createNativeQuery("SELECT member_id, bylaws_version FROM bylaws_acknowledgement").getResultList();
        acks.forEach(r -> acknowledged.computeIfAbsent(((Number) r[0]).longValue(), k -> new HashSet<>()).add(((Number) r[1]).intValue()));
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
            LocalDate from = m.getReinstatedOn() != null && m.getReinstatedOn().isAfter(m.getJoinedOn()) ? m.getReinstatedOn() : m.getJoinedOn();
            int issued = 0;
            int answeredCount = 0;
            for (Survey s : surveys) {
                LocalDate opened = s.getOpensAt().atZone(zone).toLocalDate();
                if (!from.isAfter(opened) && (m.getLeftOn() == null || m.getLeftOn().isAfter(opened))) {
                    issued++;
                    answeredCount += answered.contains(s.getId() + ":" + m.getId()) ? 1 : 0;
                }
            }
            LocalDate leftOn = m.getStatus().current() ? null : m.getLeftOn() != null ? m.getLeftOn() : period.start();
            result.add(policy.judge(period, new MemberRecord(m.getId(), m.getJoinedOn(), m.getReinstatedOn(), leftOn,
                    attendance.getOrDefault(m.getId(), List.of()), issued, answeredCount,
                    acknowledged.getOrDefault(m.getId(), Set.of()), excuses.get(m.getId())), meetings));
        }
        return result;
    }

    /** A SQL list of ids; they are numbers from the database, so nothing a user typed reaches the statement. */
    private static String ids(java.util.Collection<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static boolean bool(Object value) {
        return value instanceof Boolean b ? b : value instanceof Number n && n.intValue() != 0;
    }

    private Map<Long, String> excuses(Period period) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT member_id, reason FROM compliance_excuse WHERE period = ?")
                .setParameter(1, period.toString()).getResultList();
        Map<Long, String> excuses = new HashMap<>();
        rows.forEach(r -> excuses.put(((Number) r[0]).longValue(), (String) r[1]));
        return excuses;
    }

    /** The secretariat excuses a member for a period, with the reason; recorded and audited. */
    @RolesAllowed(Roles.SECRETARIAT)
    public void excuse(String periodText, Long memberId, String reason) {
        Period period = period(periodText);
        if (memberId == null || em.find(Member.class, memberId) == null) {
            throw new InvalidInputException(Map.of("memberId", "no member with this id"));
        }
        if (reason == null || reason.isBlank() || reason.length() > 1000) {
            throw new InvalidInputException(Map.of("reason", "is required (at most 1000 characters): every excuse is a recorded decision"));
        }
        if (closed(period)) {
            throw new ConflictException("Period " + period + " is closed already; excuse members before it closes");
        }
        if (excuses(period).containsKey(memberId)) {
            throw new ConflictException("The member is excused for " + period + " already");
        }
        em.createNativeQuery("INSERT INTO compliance_excuse (period, member_id, reason, excused_by, excused_at) VALUES (?, ?, ?, ?, ?)")
                .setParameter(1, period.toString()).setParameter(2, memberId).setParameter(3, reason.trim())
                .setParameter(4, audit.actor()).setParameter(5, Timestamp.from(clock.instant())).executeUpdate();
        audit.record("COMPLIANCE_EXCUSED", "Member", memberId, period + ": " + reason.trim());
    }

    public boolean closed(Period period) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM compliance_period WHERE period = ?")
                .setParameter(1, period.toString()).getSingleResult()).intValue() > 0;
    }

    /** The periods closed so far, newest first. */
    public List<String> closedPeriods() {
        @SuppressWarnings("unchecked")
        List<String> periods = em.createNativeQuery("SELECT period FROM compliance_period").getResultList();
        return periods.stream().sorted(Comparator.reverseOrder()).toList();
    }

    /** What closing a period did. */
    public record Closure(String period, int judged, int fellShort, int warned, int proposals) {
    }

    /** The secretariat closes an ended period on demand (409 if it has not ended or is closed already). */
    @RolesAllowed(Roles.SECRETARIAT)
    public Closure close(String periodText) {
        Period period = period(periodText);
        if (period.endExclusive().isAfter(today())) {
            throw new ConflictException("Period " + period + " has not ended yet; it can be closed from " + period.endExclusive());
        }
        return closeClaimed(period);
    }

    /**
     * The scheduled close: the latest period that ended at least {@code close-after-days} ago, if nobody
     * closed it yet. The insert of the period's row is the claim, so two instances never close it twice.
     */
    @PermitAll
    public Optional<Closure> closeDue() {
        LocalDate today = today();
        Period last = currentPeriod().previous();
        if (last.endExclusive().plusDays(config.closeAfterDays()).isAfter(today) || closed(last)) {
            return Optional.empty();
        }
        return Optional.of(closeClaimed(last));
    }

    /**
     * Records an ended period as closed without mailing anyone: for a partnership's history from before it
     * used this system (the warnings of that time went out by other means). Results and proposals to the
     * board are stored as in a normal close, and audited.
     */
    @PermitAll
    public Closure recordHistory(String periodText) {
        Period period = period(periodText);
        if (period.endExclusive().isAfter(today())) {
            throw new ConflictException("Period " + period + " has not ended yet");
        }
        return closeClaimed(period, false);
    }

    private Closure closeClaimed(Period period) {
        return closeClaimed(period, true);
    }

    private Closure closeClaimed(Period period, boolean warn) {
        BylawsDocument bylaws = inForce(period.end());
        try {
            em.createNativeQuery("INSERT INTO compliance_period (period, bylaws_version, closed_at, closed_by) VALUES (?, ?, ?, ?)")
                    .setParameter(1, period.toString()).setParameter(2, bylaws.version())
                    .setParameter(3, Timestamp.from(clock.instant())).setParameter(4, audit.actor()).executeUpdate();
            em.flush();
        } catch (PersistenceException e) {
            if (Constraints.isViolation(e)) {
                throw new ConflictException("Period " + period + " is closed already");
            }
            throw e;
        }
        List<Standing> standings = standings(period, null);
        CompliancePolicy policy = new CompliancePolicy(ObligationRules.of(bylaws), bylaws.version());
        int judged = 0;
        int fellShort = 0;
        int warned = 0;
        int proposals = 0;
        for (Standing s : standings) {
            if (!s.judged()) {
                continue;
            }
            judged++;
            em.createNativeQuery("INSERT INTO compliance_result (period, member_id, fell_short, reasons) VALUES (?, ?, ?, ?)")
                    .setParameter(1, period.toString()).setParameter(2, s.memberId()).setParameter(3, s.fellShort())
                    .setParameter(4, String.join("\n", s.reasons())).executeUpdate();
            if (!s.fellShort()) {
                continue;
            }
            fellShort++;
            Member member = em.find(Member.class, s.memberId());
            if (!member.getStatus().current()) {
                continue;
            }
            if (warn) {
                outbox.enqueue(NoticeRequest.of(NoticeKind.COMPLIANCE_WARNING, member.getEmail(), member.fullName(),
                        Map.of("period", period.toString(), "reasons", s.reasons(), "link", config.baseUrl() + "/dashboard.xhtml"))
                        .about("Member", member.getId()));
                audit.record("COMPLIANCE_WARNING", "Member", member.getId(), period + ": " + String.join("; ", s.reasons()));
                warned++;
            }
            int consecutive = consecutiveShort(member.getId(), period);
            Optional<MemberStatus> to = policy.proposal(member.getStatus(), consecutive);
            if (to.isPresent()) {
                StatusProposal proposal = new StatusProposal(member.getId(), period.toString(), member.getStatus(), to.get(),
                        "Fell short in " + consecutive + " consecutive periods up to " + period + ": "
                                + String.join("; ", s.reasons()), clock.instant());
                em.persist(proposal);
                em.flush();
                audit.record("STATUS_CHANGE_PROPOSED", "Member", member.getId(), member.getStatus() + " → " + to.get()
                        + " put to the board (proposal " + proposal.getId() + "): " + proposal.getReason());
                proposals++;
            }
        }
        audit.record("PERIOD_CLOSED", "Compliance", null, (warn ? "" : "History, no mail: ") + period + " under bylaws version " + bylaws.version() + ": "
                + judged + " judged, " + fellShort + " fell short, " + warned + " warned, " + proposals + " proposals to the board");
        return new Closure(period.toString(), judged, fellShort, warned, proposals);
    }

    /** Closed periods in a row, ending with this one, in which the member fell short (not excused). */
    private int consecutiveShort(long memberId, Period period) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT period, fell_short FROM compliance_result WHERE member_id = ?")
                .setParameter(1, memberId).getResultList();
        Map<String, Boolean> shortBy = new HashMap<>();
        rows.forEach(r -> shortBy.put((String) r[0], bool(r[1])));
        int count = 0;
        for (Period p = period; Boolean.TRUE.equals(shortBy.get(p.toString())); p = p.previous()) {
            count++;
        }
        return count;
    }

    // ---- the board decides proposals ----

    public List<StatusProposal> proposals(StatusProposal.State state) {
        var query = em.createQuery("SELECT p FROM StatusProposal p" + (state == null ? "" : " WHERE p.status = :s")
                + " ORDER BY p.id", StatusProposal.class);
        if (state != null) {
            query.setParameter("s", state);
        }
        return query.getResultList();
    }

    /** The votes on a proposal: voter account id → decision. */
    public Map<Long, String> votes(long proposalId) {
        Map<Long, String> votes = new HashMap<>();
        ballot.votes(SubjectKind.STATUS_PROPOSAL, proposalId).forEach(v -> votes.put(v.getVoterAccountId(), v.getDecision().name()));
        return votes;
    }

    /**
     * A seated board member votes on a proposal (again); the shared majority rule over the seated members
     * decides. An approval changes the member's status as a recorded decision.
     */
    @RolesAllowed(Roles.BOARD)
    public StatusProposal vote(long id, String decision, String comment) {
        if (decision == null || !(decision.equals("APPROVE") || decision.equals("REJECT"))) {
            throw new InvalidInputException(Map.of("decision", "must be APPROVE or REJECT"));
        }
        if (comment != null && comment.trim().length() > MAX_COMMENT) {
            throw new InvalidInputException(Map.of("comment", "must be at most " + MAX_COMMENT + " characters"));
        }
        Account voter = accounts.byEmail(security.getCallerPrincipal().getName())
                .orElseThrow(() -> new IllegalStateException("caller without account"));
        StatusProposal proposal = em.find(StatusProposal.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (proposal == null) {
            throw new UnknownEntityException("status proposal", id);
        }
        if (proposal.getStatus() != StatusProposal.State.PENDING) {
            throw new ConflictException("The board has decided this proposal already (" + proposal.getStatus() + ")");
        }
        Tally tally = ballot.cast(new Ballot.Question(SubjectKind.STATUS_PROPOSAL, id, 0,
                Threshold.of(inForce(today())), "Member", proposal.getMemberId(), "proposal " + id + " ("
                + proposal.getFromStatus() + " → " + proposal.getToStatus() + "): "), voter, VoteDecision.valueOf(decision), comment);
        if (tally.outcome() == VoteOutcome.APPROVED) {
            Member member = em.find(Member.class, proposal.getMemberId(), LockModeType.PESSIMISTIC_WRITE);
            String reason = tally.approvedBy();
            proposal.decide(true, reason, clock.instant());
            MemberStatus from = member.getStatus();
            audit.record("STATUS_PROPOSAL_APPROVED", "Member", proposal.getMemberId(), "proposal " + id + " ("
                    + proposal.getFromStatus() + " → " + proposal.getToStatus() + "): " + reason
                    + (from == proposal.getFromStatus() ? "" : "; the member is " + from + " meanwhile, status left as is"));
            if (from == proposal.getFromStatus()) {
                member.changeStatus(proposal.getToStatus(), today(), clock.instant());
                audit.record("MEMBER_STATUS_CHANGED", "Member", member.getId(), from + " → " + proposal.getToStatus() + " from "
                        + today() + ": board decision on proposal " + id + " (" + reason + ")");
                if (!proposal.getToStatus().current()) {
                    Organization organization = em.find(Organization.class, member.getOrganizationId());
                    left.fire(new MemberLeft(member.getId(), member.fullName(), today(), proposal.getToStatus()
                            + ": missed obligations", null, organization.getName()));
                }
            }
        } else if (tally.outcome() == VoteOutcome.REJECTED) {
            proposal.decide(false, "The board did not approve: " + tally.rejections() + " of " + tally.seated() + " rejected",
                    clock.instant());
            audit.record("STATUS_PROPOSAL_REJECTED", "Member", proposal.getMemberId(), "proposal " + id + ": " + proposal.getDecision());
        }
        return proposal;
    }

    // ---- bylaws and time ----

    /** The bylaws version in force on a day (the newest that took effect by then; the first one before it). */
    private BylawsDocument inForce(LocalDate day) {
        List<BylawsVersion> versions = em.createNamedQuery(BylawsVersion.NEWEST_FIRST, BylawsVersion.class).getResultList();
        BylawsVersion version = versions.stream().filter(v -> !v.getEffectiveFrom().isAfter(day)).findFirst()
                .orElse(versions.get(versions.size() - 1));
        return BylawsCodec.fromJson(version.getDocument()).asVersion(version.getNumber(), version.getEffectiveFrom());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(config.zone()));
    }
}
