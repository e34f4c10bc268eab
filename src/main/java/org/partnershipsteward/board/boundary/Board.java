package org.partnershipsteward.board.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.partnershipsteward.audit.boundary.AuditTrail;
import org.partnershipsteward.board.control.Candidate;
import org.partnershipsteward.board.control.ChairRotationPolicy;
import org.partnershipsteward.board.control.ChairStandIn;
import org.partnershipsteward.board.control.ChairTerm;
import org.partnershipsteward.board.control.RotationPlan;
import org.partnershipsteward.board.control.RotationRules;
import org.partnershipsteward.board.control.SeatActing;
import org.partnershipsteward.board.control.SeatEligibility;
import org.partnershipsteward.board.control.SeatFinding;
import org.partnershipsteward.board.control.SeatHolding;
import org.partnershipsteward.board.control.SeatTermPolicy;
import org.partnershipsteward.board.control.SeatType;
import org.partnershipsteward.board.entity.ActingPeriod;
import org.partnershipsteward.board.entity.ActingReason;
import org.partnershipsteward.board.entity.BoardSeat;
import org.partnershipsteward.board.entity.ChairTermEntry;
import org.partnershipsteward.board.entity.SeatAbsence;
import org.partnershipsteward.board.entity.SeatTenure;
import org.partnershipsteward.bylaws.boundary.Bylaws;
import org.partnershipsteward.bylaws.entity.BylawsDocument;
import org.partnershipsteward.membership.entity.Member;
import org.partnershipsteward.membership.entity.MemberLeft;
import org.partnershipsteward.membership.entity.MemberPositionChanged;
import org.partnershipsteward.organization.entity.Organization;
import org.partnershipsteward.platform.config.PartnershipConfig;
import org.partnershipsteward.platform.domain.InvalidInputException;
import org.partnershipsteward.platform.domain.RuleViolationException;
import org.partnershipsteward.platform.domain.UnknownEntityException;
import org.partnershipsteward.platform.persistence.RenderMemo;
import org.partnershipsteward.platform.security.Account;
import org.partnershipsteward.platform.security.Roles;
import org.partnershipsteward.platform.time.PartnershipTime;

/**
 * The Executive Board: typed seats filled by eligible members for a term, alternates who cover vacant
 * seats, and the rotating chair re-planned whenever seats change (never rewriting terms that started).
 * The board's composition is open to every signed-in role (the resource and the page ask for a sign-in)
 * and to the system's own start-up and daily work; only the secretariat fills seats.
 */
@Stateless
@PermitAll
public class Board {

    /** How many chair terms the plan shows ahead. */
    static final int PLAN_TERMS = 5;

    @PersistenceContext
    EntityManager em;

    @Inject
    PartnershipTime time;

    @Inject
    Bylaws bylaws;

    @Inject
    AuditTrail audit;

    @Inject
    PartnershipConfig config;

    @Inject
    Clock clock;

    @Inject
    Event<BoardEvent> events;

    @Inject
    SeatHolders holders;

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<BoardSeat> seats() {
        // the board page asks for the seats from several places while it renders (RenderMemo: then only)
        return BoardReads.seatsInOrder(em);
    }

    /** RenderMemo keys. */
    private record ChairTerms() {
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public BoardSeat seat(long id) {
        BoardSeat seat = em.find(BoardSeat.class, id);
        if (seat == null) {
            throw new UnknownEntityException("seat", id);
        }
        return seat;
    }

    /** Creates the seats the bylaws in force provide and that do not exist yet (start-up, amendments). */
    @PermitAll
    public void ensureSeats() {
        Map<String, Long> existing = seats().stream().collect(Collectors.groupingBy(BoardSeat::getSeatType, Collectors.counting()));
        int position = seats().stream().mapToInt(BoardSeat::getPosition).max().orElse(0);
        for (SeatType type : seatTypes()) {
            for (long n = existing.getOrDefault(type.code(), 0L); n < type.count(); n++) {
                em.persist(new BoardSeat(type.code(), ++position, today(), clock.instant()));
            }
        }
    }

    /** Seats a member for a term, or refuses with the bylaws rule the member or the term fails (422). */
    @RolesAllowed(Roles.SECRETARIAT)
    public BoardSeat assign(long seatId, @NotNull(message = "a JSON body is required") @Valid SeatAssignment request) {
        BoardSeat seat = em.find(BoardSeat.class, seatId, LockModeType.PESSIMISTIC_WRITE);
        if (seat == null) {
            throw new UnknownEntityException("seat", seatId);
        }
        Member holder = member(request.holderId(), "holderId");
        Member alternate = request.alternateId() == null ? null : member(request.alternateId(), "alternateId");
        SeatType type = seatType(seat.getSeatType());
        refuseFailures(new SeatEligibility().evaluate(type, candidate(holder), region()), "");
        if (alternate != null) {
            if (alternate.getId().equals(holder.getId())) {
                throw new InvalidInputException(Map.of("alternateId", "must be someone other than the holder"));
            }
            if (!alternate.getStatus().current()) {
                throw new RuleViolationException("ALTERNATE_ACTIVE_MEMBER", alternate.fullName() + " is not a current member");
            }
            // the alternate may have to act for the seat: the seat's own rules hold for them as for the holder
            refuseFailures(new SeatEligibility().evaluate(type, candidate(alternate), region()), "The alternate: ");
        }
        Optional<BoardSeat> other = seats().stream().filter(s -> holder.getId().equals(s.getHolderId())
                && !s.getId().equals(seat.getId())).findFirst();
        if (other.isPresent()) {
            throw new RuleViolationException("ONE_SEAT", holder.fullName() + " holds seat " + other.get().getPosition()
                    + " already; a member holds one seat");
        }
        BylawsDocument.Board rules = bylaws.current().board();
        boolean sameHolder = holder.getId().equals(seat.getHolderId());
        if (sameHolder && request.termStart().equals(seat.getTermStart())) {
            // the same term, corrected (end date or alternate): not a new term
            refuseFailures(SeatTermPolicy.check(request.termStart(), request.termEnd(), rules.termMonths(), null, 0), "");
            openTenure(seat).ifPresent(t -> t.correctEnd(request.termEnd()));
        } else {
            refuseFailures(SeatTermPolicy.check(request.termStart(), request.termEnd(), rules.termMonths(),
                    rules.termLimit(), tenures(holder.getId()).size()), "");
            openTenure(seat).ifPresent(t -> t.end(today(), sameHolder ? "new term" : "replaced by " + holder.fullName()));
            em.persist(new SeatTenure(seat.getId(), holder.getId(), request.termStart(), request.termEnd()));
        }
        Long previousHolder = seat.getHolderId();
        Long previousAlternate = seat.getAlternateId();
        seat.seat(holder.getId(), alternate == null ? null : alternate.getId(), request.termStart(), request.termEnd(),
                clock.instant());
        updateBoardRole(holder, true);
        if (previousHolder != null && !sameHolder) {
            updateBoardRole(em.find(Member.class, previousHolder), false);
        }
        em.flush();
        // a holder is seated: an alternate's acting rights end (votes already cast for the seat stand)
        reconcileActing(holder.fullName() + " is seated");
        if (previousAlternate != null) {
            updateBoardRole(em.find(Member.class, previousAlternate), false);
        }
        audit.record("SEAT_ASSIGNED", "BoardSeat", seat.getId(), type.name() + ": " + holder.fullName() + " "
                + request.termStart() + "–" + request.termEnd()
                + (alternate == null ? "" : ", alternate " + alternate.fullName()));
        replan();
        return seat;
    }

    /** A member left: their seats are vacant (the alternates cover), they stop being alternates, the chair is re-planned. */
    @PermitAll
    public void memberLeft(@Observes MemberLeft event) {
        boolean changed = false;
        for (BoardSeat seat : seats()) {
            if (Long.valueOf(event.memberId()).equals(seat.getAlternateId())) {
                seat.dropAlternate(clock.instant());
                changed = true;
            }
            if (Long.valueOf(event.memberId()).equals(seat.getHolderId())) {
                openTenure(seat).ifPresent(t -> t.end(event.effective(), event.reason()));
                seat.vacate(event.effective(), clock.instant());
                changed = true;
                String typeName = seatType(seat.getSeatType()).name();
                audit.record("SEAT_VACATED", "BoardSeat", seat.getId(), typeName + ": " + event.memberName() + " ("
                        + event.reason() + ")" + (seat.getAlternateId() == null ? "" : "; the alternate covers"));
                events.fire(new BoardEvent(BoardEvent.Type.SEAT_VACANT, secretariatAndBoard(), typeName,
                        event.effective(), event.memberName(), null));
            }
        }
        if (changed) {
            em.flush();
            reconcileActing(event.memberName() + " left");
            updateBoardRole(em.find(Member.class, event.memberId()), false);
            em.flush();
            replan();
        }
    }

    /**
     * Brings who acts for each seat today in line with {@link SeatActing} (after a change of seats or leaves, and each
     * morning when a leave starts or ends): an acting period that no longer holds ends today and the member's BOARD role
     * follows; a new one starts today with the role. Each is audited ({@code SEAT_ACTING}, {@code SEAT_ACTING_ENDED})
     * and kept in the seat's history ({@code seat_acting}). Votes cast for the seat stand either way.
     *
     * @param cause why, for the audit trail when acting ends (e.g. "Jane Doe is seated", "the leave ended")
     */
    @PermitAll
    public void reconcileActing(String cause) {
        LocalDate today = today();
        Map<Long, SeatActing.Voice> voices = holders.voices(today);
        Map<Long, ActingPeriod> open = new HashMap<>();
        em.createQuery("SELECT p FROM ActingPeriod p WHERE p.endedOn IS NULL", ActingPeriod.class).getResultList()
                .forEach(p -> open.put(p.getSeatId(), p));
        for (BoardSeat seat : seats()) {
            SeatActing.Voice voice = voices.get(seat.getId());
            SeatActing.Voice acting = voice != null && voice.isActing() ? voice : null;
            ActingPeriod period = open.get(seat.getId());
            if (period != null && (acting == null || period.getMemberId() != acting.memberId()
                    || period.getWhy() != acting.acting())) {
                period.end(today);
                em.flush();
                Member ended = em.find(Member.class, period.getMemberId());
                updateBoardRole(ended, false);
                String why = period.getWhy() == ActingReason.ABSENT && voice != null && !voice.isActing()
                        ? "the holder is back from leave" : cause;
                audit.record("SEAT_ACTING_ENDED", "BoardSeat", seat.getId(), seatType(seat.getSeatType()).name() + ": "
                        + ended.fullName() + " no longer acts (" + why + "); votes cast for the seat stand");
                period = null;
            }
            if (acting != null && period == null) {
                em.persist(new ActingPeriod(seat.getId(), acting.memberId(), acting.acting(), today));
                em.flush();
                Member alternate = em.find(Member.class, acting.memberId());
                updateBoardRole(alternate, true);
                audit.record("SEAT_ACTING", "BoardSeat", seat.getId(), seatType(seat.getSeatType()).name()
                        + ": the alternate " + alternate.fullName() + " acts for the seat from " + today + " ("
                        + (acting.acting() == ActingReason.VACANT ? "vacant" : "the holder is on leave until " + acting.until())
                        + ")");
            }
        }
        em.flush();
    }

    /** The seat's history of who acted for it, newest first. */
    public List<ActingPeriod> actingPeriods(long seatId) {
        return em.createQuery("SELECT p FROM ActingPeriod p WHERE p.seatId = :s ORDER BY p.startedOn DESC, p.id DESC",
                ActingPeriod.class).setParameter("s", seatId).getResultList();
    }

    /**
     * A seat holder's title or organisation changed: the seat's rules are run again on the new facts. A failure does
     * not vacate the seat (the secretariat and the board decide what follows); it is recorded and put to them by mail.
     */
    @PermitAll
    public void positionChanged(@Observes MemberPositionChanged event) {
        for (BoardSeat seat : seats()) {
            if (!Long.valueOf(event.memberId()).equals(seat.getHolderId())) {
                continue;
            }
            Member holder = em.find(Member.class, event.memberId());
            SeatType type = seatType(seat.getSeatType());
            List<SeatFinding> failures = SeatEligibility.recheck(type, candidate(holder), region());
            if (!failures.isEmpty()) {
                String reasons = failures.stream().map(SeatFinding::reason).collect(Collectors.joining(" "));
                audit.record("SEAT_HOLDER_INELIGIBLE", "BoardSeat", seat.getId(), type.name() + ": " + event.memberName()
                        + ", now " + event.title() + " at " + event.organizationName() + ": " + reasons);
                events.fire(new BoardEvent(BoardEvent.Type.SEAT_HOLDER_INELIGIBLE, secretariatAndBoard(), type.name(), today(),
                        event.memberName(), null, event.title() + " at " + event.organizationName() + ". " + reasons));
            }
        }
    }

    /**
     * Plans the chair from today: keeps every term that started, replaces the planned ones, and when the
     * chair left mid-term hands over to the vice-chair from today and tells both.
     */
    @PermitAll
    public RotationPlan replan() {
        LocalDate today = today();
        List<ChairTermEntry> recorded = chairTerms();
        RotationPlan plan = new ChairRotationPolicy(clock.withZone(config.zone())).plan(holdings(), recorded.stream()
                .map(t -> new ChairTerm(t.getMemberId(), t.getSeatId(), t.getStartsOn(), t.getEndsOn())).toList(),
                RotationRules.of(bylaws.current(), PLAN_TERMS), today);
        recorded.stream().filter(t -> t.getStartsOn().isAfter(today)).forEach(em::remove);
        em.flush();
        plan.handover().ifPresent(handover -> {
            ChairTermEntry interrupted = recorded.stream().filter(t -> t.getStartsOn().equals(handover.interrupted().from()))
                    .findFirst().orElseThrow();
            handover.endedTerm().ifPresentOrElse(ended -> interrupted.endOn(ended.to()), () -> em.remove(interrupted));
            em.flush();
            handover.successor().ifPresent(next -> {
                em.persist(new ChairTermEntry(next.memberId(), next.seatId(), next.from(), next.to(), true));
                announceHandover(interrupted.getMemberId(), next.memberId(), next.from());
            });
        });
        if (plan.handover().isEmpty()) {
            plan.chair().filter(c -> recorded.stream().noneMatch(t -> t.getStartsOn().equals(c.from())))
                    .ifPresent(c -> em.persist(new ChairTermEntry(c.memberId(), c.seatId(), c.from(), c.to(), true)));
        }
        for (ChairTerm next : plan.upcoming()) {
            em.persist(new ChairTermEntry(next.memberId(), next.seatId(), next.from(), next.to(), false));
        }
        em.flush();
        return plan;
    }

    /** Daily: the chair term that starts today is announced to the outgoing and incoming chair (once). */
    @PermitAll
    public void announceStartingChairTerm() {
        LocalDate today = today();
        List<ChairTermEntry> terms = chairTerms();
        for (int i = 0; i < terms.size(); i++) {
            ChairTermEntry term = terms.get(i);
            if (!term.getStartsOn().isAfter(today) && !term.getEndsOn().isBefore(today)) {
                Long outgoing = i > 0 ? terms.get(i - 1).getMemberId() : null;
                if (term.announceHandover() && outgoing != null) {
                    announceHandover(outgoing, term.getMemberId(), term.getStartsOn());
                }
            }
        }
    }

    /** Daily: holders whose term ends within the bylaws' notice period hear of it, with the secretariat (once per term). */
    @PermitAll
    public void announceEndingTerms() {
        int weeks = bylaws.current().board().termEndNoticeWeeks();
        LocalDate horizon = today().plusWeeks(weeks);
        for (BoardSeat seat : seats()) {
            if (seat.getTermEnd() != null && !seat.getTermEnd().isAfter(horizon) && seat.markTermNoticeSent()) {
                Member holder = em.find(Member.class, seat.getHolderId());
                List<BoardEvent.Recipient> to = new ArrayList<>(secretariat());
                to.add(new BoardEvent.Recipient(holder.getEmail(), holder.fullName()));
                events.fire(new BoardEvent(BoardEvent.Type.TERM_ENDING, to, seatType(seat.getSeatType()).name(),
                        seat.getTermEnd(), holder.fullName(), null));
            }
        }
    }

    /** The vice-chair who chairs today while the chair is on leave ({@link ChairStandIn}), if so. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<ChairStandIn.StandIn> chairStandIn() {
        LocalDate today = today();
        List<ChairTermEntry> terms = chairTerms();
        ChairTerm running = terms.stream().filter(t -> !t.getStartsOn().isAfter(today) && !t.getEndsOn().isBefore(today))
                .findFirst().map(Board::term).orElse(null);
        ChairTerm vice = terms.stream().filter(t -> t.getStartsOn().isAfter(today)).findFirst().map(Board::term).orElse(null);
        if (running == null || vice == null) {
            return Optional.empty();
        }
        return ChairStandIn.on(today, running, vice, leavesOf(running.memberId()), leavesOf(vice.memberId()));
    }

    /**
     * Daily and whenever a leave changes: a leave of the chair within their term hands the chair to the vice-chair
     * on its first day, and the chair's return is announced the day after it ends, each once, as a chair hand-over
     * ({@code CHAIR_HANDOVER}: audited, mailed to both).
     */
    @PermitAll
    public void announceChairAbsences() {
        LocalDate today = today();
        chairStandIn().ifPresent(standIn -> absences(standIn.chairId()).stream().filter(a -> a.covers(today))
                .filter(SeatAbsence::markChairHandover)
                .forEach(a -> announceHandover(standIn.chairId(), standIn.viceId(), standIn.from())));
        em.createQuery("SELECT a FROM SeatAbsence a WHERE a.chairHandoverSent = TRUE AND a.chairReturnSent = FALSE "
                + "AND a.endsOn < :d", SeatAbsence.class).setParameter("d", today).getResultList()
                .forEach(a -> announceChairReturn(a, a.getTo().plusDays(1)));
        em.flush();
    }

    /** The chair is back from the leave (it ended, or was cancelled on its first day): announced once. */
    @PermitAll
    public void announceChairReturn(SeatAbsence absence, LocalDate back) {
        if (absence.markChairReturn()) {
            LocalDate today = today();
            Long vice = chairTerms().stream().filter(t -> t.getStartsOn().isAfter(today)).findFirst()
                    .map(ChairTermEntry::getMemberId).orElse(null);
            boolean stillChair = chairTerms().stream().anyMatch(t -> t.getMemberId().equals(absence.getMemberId())
                    && !t.getStartsOn().isAfter(today) && !t.getEndsOn().isBefore(today));
            if (vice != null && stillChair) {
                announceHandover(vice, absence.getMemberId(), back);
            }
        }
    }

    private List<SeatAbsence> absences(long memberId) {
        return em.createQuery("SELECT a FROM SeatAbsence a WHERE a.memberId = :m ORDER BY a.startsOn", SeatAbsence.class)
                .setParameter("m", memberId).getResultList();
    }

    private List<SeatActing.Leave> leavesOf(long memberId) {
        return absences(memberId).stream().map(a -> new SeatActing.Leave(a.getFrom(), a.getTo())).toList();
    }

    private static ChairTerm term(ChairTermEntry t) {
        return new ChairTerm(t.getMemberId(), t.getSeatId(), t.getStartsOn(), t.getEndsOn());
    }

    private void announceHandover(long outgoingId, long incomingId, LocalDate from) {
        Member outgoing = em.find(Member.class, outgoingId);
        Member incoming = em.find(Member.class, incomingId);
        audit.record("CHAIR_HANDOVER", "Member", incomingId, outgoing.fullName() + " → " + incoming.fullName() + " from " + from);
        events.fire(new BoardEvent(BoardEvent.Type.CHAIR_HANDOVER, List.of(
                new BoardEvent.Recipient(outgoing.getEmail(), outgoing.fullName()),
                new BoardEvent.Recipient(incoming.getEmail(), incoming.fullName())), null, from, outgoing.fullName(),
                incoming.fullName()));
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<ChairTermEntry> chairTerms() {
        return RenderMemo.of(new ChairTerms(), () -> em.createQuery("SELECT t FROM ChairTermEntry t ORDER BY t.startsOn",
                ChairTermEntry.class).getResultList());
    }

    public List<SeatTenure> tenures(long memberId) {
        return em.createQuery("SELECT t FROM SeatTenure t WHERE t.memberId = :m ORDER BY t.termStart", SeatTenure.class)
                .setParameter("m", memberId).getResultList();
    }

    private Optional<SeatTenure> openTenure(BoardSeat seat) {
        if (seat.getHolderId() == null) {
            return Optional.empty();
        }
        return em.createQuery("SELECT t FROM SeatTenure t WHERE t.seatId = :s AND t.memberId = :m AND t.endedOn IS NULL",
                SeatTenure.class).setParameter("s", seat.getId()).setParameter("m", seat.getHolderId())
                .getResultStream().findFirst();
    }

    List<SeatHolding> holdings() {
        Map<String, SeatType> types = new HashMap<>();
        seatTypes().forEach(t -> types.put(t.code(), t));
        return seats().stream().filter(s -> types.containsKey(s.getSeatType())).map(s -> new SeatHolding(s.getId(),
                s.getSeatType(), types.get(s.getSeatType()).sector(), s.getPosition(), s.getHolderId(), s.getHolderSince()))
                .toList();
    }

    private Candidate candidate(Member member) {
        Organization organization = em.find(Organization.class, member.getOrganizationId());
        return new Candidate(member.getId(), member.getStatus().current(), member.getCriterion(), member.getTitle(),
                organization.getKind(), organization.getRegion(), organization.isFortune500(), organization.isFoundingSponsor());
    }

    private static void refuseFailures(List<SeatFinding> findings, String whose) {
        List<SeatFinding> failures = SeatEligibility.failures(findings);
        if (!failures.isEmpty()) {
            throw new RuleViolationException(failures.get(0).rule(), whose + failures.stream().map(SeatFinding::reason)
                    .collect(Collectors.joining(" ")));
        }
    }

    private Member member(Long id, String field) {
        Member member = id == null ? null : em.find(Member.class, id);
        if (member == null) {
            throw new InvalidInputException(Map.of(field, "no member with this id"));
        }
        return member;
    }

    /**
     * The BOARD role follows the seat: granted with a seat (held, also while on leave, or acted for as the alternate
     * of a vacant seat or of a holder on leave), withdrawn when the member holds and acts for none today.
     */
    private void updateBoardRole(Member member, boolean seated) {
        if (member == null || member.getAccountId() == null) {
            return;
        }
        Account account = em.find(Account.class, member.getAccountId());
        boolean holdsSeat = seats().stream().anyMatch(s -> member.getId().equals(s.getHolderId()))
                || holders.voices(today()).values().stream().anyMatch(v -> v.memberId() == member.getId());
        if (seated || holdsSeat) {
            account.grant(Roles.BOARD);
        } else {
            account.revoke(Roles.BOARD);
        }
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<SeatType> seatTypes() {
        return SeatType.of(bylaws.current());
    }

    public SeatType seatType(String code) {
        return seatTypes().stream().filter(t -> t.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalStateException("Seat type " + code + " is not in the bylaws in force"));
    }

    private String region() {
        return bylaws.current().membership().region();
    }

    private LocalDate today() {
        return time.today();
    }

    private List<BoardEvent.Recipient> secretariat() {
        return em.createQuery("SELECT DISTINCT a FROM Account a JOIN a.roles r WHERE r = :role AND a.enabled = TRUE",
                Account.class).setParameter("role", Roles.SECRETARIAT).getResultList().stream()
                .map(a -> new BoardEvent.Recipient(a.getEmail(), a.getDisplayName())).toList();
    }

    /** The secretariat and whoever speaks for a seat today (holders, and alternates acting for a seat). */
    private List<BoardEvent.Recipient> secretariatAndBoard() {
        List<BoardEvent.Recipient> to = new ArrayList<>(secretariat());
        for (SeatActing.Voice voice : holders.voices(today()).values()) {
            Member m = em.find(Member.class, voice.memberId());
            to.add(new BoardEvent.Recipient(m.getEmail(), m.fullName()));
        }
        return to.stream().distinct().toList();
    }
}
