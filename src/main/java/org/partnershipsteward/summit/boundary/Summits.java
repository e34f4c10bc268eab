package org.partnershipsteward.summit.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.partnershipsteward.audit.boundary.AuditTrail;
import org.partnershipsteward.ballot.boundary.Ballot;
import org.partnershipsteward.ballot.boundary.BoardRoster;
import org.partnershipsteward.ballot.control.Tally;
import org.partnershipsteward.ballot.entity.BoardVote;
import org.partnershipsteward.ballot.entity.SubjectKind;
import org.partnershipsteward.ballot.entity.VoteDecision;
import org.partnershipsteward.bylaws.boundary.Bylaws;
import org.partnershipsteward.summit.control.CadenceRules;
import org.partnershipsteward.bylaws.control.Threshold;
import org.partnershipsteward.membership.entity.Member;
import org.partnershipsteward.membership.entity.MemberStatus;
import org.partnershipsteward.platform.config.PartnershipConfig;
import org.partnershipsteward.platform.domain.ConflictException;
import org.partnershipsteward.platform.domain.InvalidInputException;
import org.partnershipsteward.platform.domain.UnknownEntityException;
import org.partnershipsteward.platform.domain.Vocabulary;
import org.partnershipsteward.platform.security.Account;
import org.partnershipsteward.platform.security.Roles;
import org.partnershipsteward.platform.security.MemberLinks;
import org.partnershipsteward.summit.control.AgendaWorkflow;
import org.partnershipsteward.summit.control.CadencePolicy;
import org.partnershipsteward.summit.control.CadenceWarning;
import org.partnershipsteward.summit.control.PlannedSummit;
import org.partnershipsteward.summit.control.RsvpPolicy;
import org.partnershipsteward.summit.control.SharingPolicy;
import org.partnershipsteward.summit.entity.AgendaItem;
import org.partnershipsteward.summit.entity.AgendaStatus;
import org.partnershipsteward.summit.entity.Rsvp;
import org.partnershipsteward.summit.entity.RsvpResponse;
import org.partnershipsteward.summit.entity.RsvpStatus;
import org.partnershipsteward.summit.entity.Sharing;
import org.partnershipsteward.summit.entity.Summit;

/**
 * Summits: scheduling with the bylaws' cadence warnings, agendas the board approves by the shared
 * majority rule, invitations with RSVP links, capacity with a waitlist, and the check-in on the day.
 * Everything that changes a summit's seats locks the summit's row, so concurrent answers never lose or
 * duplicate a seat.
 */
@Stateless
@RolesAllowed({Roles.SECRETARIAT, Roles.BOARD, Roles.MEMBER})
public class Summits {

    @Inject
    MemberLinks links;

    @PersistenceContext
    EntityManager em;

    @Inject
    Bylaws bylaws;

    @Inject
    BoardRoster roster;

    @Inject
    Ballot ballot;

    @Inject
    AuditTrail audit;

    @Inject
    SecurityContext security;

    @Inject
    PartnershipConfig config;

    @Inject
    Clock clock;

    @Inject
    Event<SummitChanged> changed;

    /** A scheduled summit with the cadence warnings of the plan it joins (warnings never block). */
    public record Scheduled(Summit summit, List<CadenceWarning> warnings) {
    }

    @RolesAllowed(Roles.SECRETARIAT)
    public Scheduled schedule(@NotNull(message = "a JSON body is required") @Valid SummitRequest request) {
        check(request);
        Summit summit = new Summit(request.title(), request.startsAt().toInstant(), request.endsAt().toInstant(),
                request.venue(), request.capacity(), request.rsvpDeadline().toInstant(), clock.instant());
        em.persist(summit);
        em.flush();
        audit.record("SUMMIT_SCHEDULED", "Summit", summit.getId(), summit.getTitle() + " on " + local(summit.getStartsAt()));
        return new Scheduled(summit, warnings());
    }

    /** Moves or edits a summit; attendees' calendars and reminders follow a new time or place. */
    @RolesAllowed(Roles.SECRETARIAT)
    public Scheduled update(long id, @NotNull(message = "a JSON body is required") @Valid SummitRequest request) {
        check(request);
        Summit summit = lock(id);
        refuseCancelled(summit);
        Instant previousStart = summit.getStartsAt();
        boolean calendar = summit.describe(request.title(), request.startsAt().toInstant(), request.endsAt().toInstant(),
                request.venue(), request.capacity(), request.rsvpDeadline().toInstant(), clock.instant());
        audit.record("SUMMIT_CHANGED", "Summit", id, summit.getTitle() + " on " + local(summit.getStartsAt())
                + " at " + summit.getVenue() + (calendar ? " (calendar sequence " + summit.getIcsSequence() + ")" : ""));
        if (calendar && summit.isPublishedOnce()) {
            for (Member member : invitees()) {
                changed.fire(SummitChanged.of(SummitChanged.Type.MOVED, id, member.getId(), null, local(previousStart)));
            }
        }
        return new Scheduled(summit, warnings());
    }

    @RolesAllowed(Roles.SECRETARIAT)
    public Summit cancel(long id, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException(Map.of("reason", "is required: members are told why"));
        }
        if (reason.trim().length() > 1000) {
            throw new InvalidInputException(Map.of("reason", "is at most 1000 characters"));
        }
        Summit summit = lock(id);
        refuseCancelled(summit);
        summit.cancel(reason.trim(), clock.instant());
        audit.record("SUMMIT_CANCELLED", "Summit", id, reason.trim());
        if (summit.isPublishedOnce()) {
            for (Member member : invitees()) {
                changed.fire(SummitChanged.of(SummitChanged.Type.CANCELLED, id, member.getId(), null, reason.trim()));
            }
        }
        return summit;
    }

    public List<Summit> find(Integer year) {
        List<Summit> all = em.createQuery("SELECT s FROM Summit s ORDER BY s.startsAt", Summit.class).getResultList();
        if (year == null) {
            return all;
        }
        return all.stream().filter(s -> s.getStartsAt().atZone(zone()).getYear() == year).toList();
    }

    public Summit byId(long id) {
        Summit summit = em.find(Summit.class, id);
        if (summit == null) {
            throw new UnknownEntityException("summit", id);
        }
        return summit;
    }

    /** The cadence warnings of the whole plan now (the dashboard shows them). */
    public List<CadenceWarning> warnings() {
        List<PlannedSummit> planned = em.createQuery("SELECT s FROM Summit s", Summit.class).getResultList().stream()
                .map(s -> new PlannedSummit(s.getId(), s.getStartsAt().atZone(zone()).toLocalDate(), s.isCancelled()))
                .toList();
        return new CadencePolicy(clock.withZone(zone())).check(planned, CadenceRules.of(bylaws.current()));
    }

    // ---- agenda ----

    public List<AgendaItem> items(long summitId) {
        return em.createQuery("SELECT i FROM AgendaItem i WHERE i.summitId = :s ORDER BY i.status, i.position, i.id",
                AgendaItem.class).setParameter("s", summitId).getResultList();
    }

    /** The secretariat adds an item to the draft; a member proposes one (PROPOSED until accepted). */
    public AgendaItem addItem(long summitId, @NotNull(message = "a JSON body is required") @Valid AgendaItemRequest request) {
        Summit summit = lock(summitId);
        refuseCancelled(summit);
        String topic = Vocabulary.require("topic", request.topic(), bylaws.current().topics(), false);
        boolean secretariat = security.isCallerInRole(Roles.SECRETARIAT);
        int position = items(summitId).stream().mapToInt(AgendaItem::getPosition).max().orElse(0) + 1;
        AgendaItem item = new AgendaItem(summitId, request.title(), topic, request.presenter(), request.minutes(),
                position, secretariat ? AgendaItem.Status.ACCEPTED : AgendaItem.Status.PROPOSED,
                request.sharing() == null ? null : Sharing.valueOf(request.sharing()), audit.actor(), clock.instant());
        em.persist(item);
        if (secretariat) {
            edited(summit);
        }
        em.flush();
        audit.record(secretariat ? "AGENDA_ITEM_ADDED" : "AGENDA_ITEM_PROPOSED", "Summit", summitId,
                SharingPolicy.logged(item.getTitle(), item.getSharing()));
        return item;
    }

    @RolesAllowed(Roles.SECRETARIAT)
    public AgendaItem acceptItem(long summitId, long itemId) {
        Summit summit = lock(summitId);
        AgendaItem item = item(summitId, itemId);
        item.accept();
        edited(summit);
        audit.record("AGENDA_ITEM_ACCEPTED", "Summit", summitId, SharingPolicy.logged(item.getTitle(), item.getSharing()));
        return item;
    }

    @RolesAllowed(Roles.SECRETARIAT)
    public void removeItem(long summitId, long itemId) {
        Summit summit = lock(summitId);
        AgendaItem item = item(summitId, itemId);
        em.remove(item);
        edited(summit);
        audit.record("AGENDA_ITEM_REMOVED", "Summit", summitId, SharingPolicy.logged(item.getTitle(), item.getSharing()));
    }

    /** New order of the accepted items (drag and drop). */
    @RolesAllowed(Roles.SECRETARIAT)
    public void reorder(long summitId, List<Long> itemIds) {
        Summit summit = lock(summitId);
        List<AgendaItem> items = items(summitId);
        if (itemIds == null || !Set.copyOf(itemIds).equals(items.stream().map(AgendaItem::getId).collect(Collectors.toSet()))) {
            throw new InvalidInputException(Map.of("itemIds", "must name every item of the agenda once"));
        }
        for (AgendaItem item : items) {
            item.moveTo(itemIds.indexOf(item.getId()) + 1);
        }
        edited(summit);
        audit.record("AGENDA_REORDERED", "Summit", summitId, itemIds.toString());
    }

    private void edited(Summit summit) {
        if (summit.getAgendaStatus() != AgendaStatus.DRAFT) {
            summit.agenda(AgendaWorkflow.edit(summit.getAgendaStatus()), clock.instant());
            audit.record("AGENDA_BACK_TO_DRAFT", "Summit", summit.getId(), "edited; needs the board's approval again");
        }
    }

    /** Accepted minutes against the summit's length: a warning, not a refusal. */
    public Optional<String> lengthWarning(Summit summit) {
        int total = items(summit.getId()).stream().filter(i -> i.getStatus() == AgendaItem.Status.ACCEPTED)
                .mapToInt(AgendaItem::getMinutes).sum();
        return total > summit.minutes() ? Optional.of("The agenda takes " + total + " minutes; the summit lasts "
                + summit.minutes()) : Optional.empty();
    }

    @RolesAllowed(Roles.SECRETARIAT)
    public Summit submitAgenda(long summitId) {
        Summit summit = lock(summitId);
        refuseCancelled(summit);
        long accepted = items(summitId).stream().filter(i -> i.getStatus() == AgendaItem.Status.ACCEPTED).count();
        summit.agenda(transition(() -> AgendaWorkflow.submit(summit.getAgendaStatus(), (int) accepted)), clock.instant());
        audit.record("AGENDA_SUBMITTED", "Summit", summitId, "round " + summit.getAgendaRound());
        for (Account board : roster.seated()) {
            changed.fire(SummitChanged.approvalRequested(summitId, board.getEmail(),
                    board.getDisplayName()));
        }
        return summit;
    }

    /** A seated board member votes on the submitted agenda; the shared majority rule decides. */
    @RolesAllowed(Roles.BOARD)
    public Summit voteAgenda(long summitId, String decision, String comment) {
        if (!"APPROVE".equals(decision) && !"REJECT".equals(decision)) {
            throw new InvalidInputException(Map.of("decision", "must be one of APPROVE, REJECT"));
        }
        Account voter = caller();
        Summit summit = lock(summitId);
        if (summit.getAgendaStatus() != AgendaStatus.SUBMITTED) {
            throw new ConflictException("The agenda is " + summit.getAgendaStatus() + "; the board votes on a submitted agenda");
        }
        Tally tally = ballot.cast(Ballot.Question.on(SubjectKind.AGENDA, summitId, Threshold.of(bylaws.current()),
                "Summit").inRound(summit.getAgendaRound()), voter, VoteDecision.valueOf(decision), comment);
        AgendaStatus next = AgendaWorkflow.afterVote(summit.getAgendaStatus(), tally.outcome());
        if (next != summit.getAgendaStatus()) {
            summit.agenda(next, clock.instant());
            audit.record(next == AgendaStatus.APPROVED ? "AGENDA_APPROVED" : "AGENDA_RETURNED_TO_DRAFT", "Summit", summitId,
                    tally.approvedBy());
        }
        return summit;
    }

    /** The votes on the summit's agenda in its current round, oldest first. */
    public List<BoardVote> votes(Summit summit) {
        return ballot.votes(SubjectKind.AGENDA, summit.getId(), summit.getAgendaRound());
    }

    /** Publishes the approved agenda: the first publication invites every current member, later ones tell them it changed. */
    @RolesAllowed(Roles.SECRETARIAT)
    public Summit publishAgenda(long summitId) {
        Summit summit = lock(summitId);
        refuseCancelled(summit);
        summit.agenda(transition(() -> AgendaWorkflow.publish(summit.getAgendaStatus())), clock.instant());
        boolean first = summit.firstPublication();
        audit.record(first ? "AGENDA_PUBLISHED" : "AGENDA_REPUBLISHED", "Summit", summitId, summit.getTitle());
        for (Member member : invitees()) {
            if (first) {
                changed.fire(SummitChanged.of(SummitChanged.Type.INVITED, summitId, member.getId(), rsvpLink(summit, member), null));
            } else {
                changed.fire(SummitChanged.of(SummitChanged.Type.AGENDA_CHANGED, summitId, member.getId(), null, null));
            }
        }
        return summit;
    }

    /** Summits whose submitted agenda waits for the board's votes. */
    @RolesAllowed(Roles.BOARD)
    public List<Summit> agendasAwaitingVotes() {
        return em.createQuery("SELECT s FROM Summit s WHERE s.agendaStatus = :st ORDER BY s.startsAt", Summit.class)
                .setParameter("st", AgendaStatus.SUBMITTED).getResultList();
    }

    // ---- invitations and answers ----

    private String rsvpLink(Summit summit, Member member) {
        return config.baseUrl() + "/rsvp/" + links.issue(MemberLinks.Kind.RSVP, summit.getId(), member.getId(),
                summit.getEndsAt().plusSeconds(86_400));
    }

    /** The signed-in member answers for themself. After the deadline changes go through the secretariat (409). */
    @RolesAllowed({Roles.MEMBER, Roles.BOARD})
    public Rsvp answer(long summitId, String response) {
        Member me = em.createQuery("SELECT m FROM Member m WHERE m.email = :e", Member.class)
                .setParameter("e", caller().getEmail()).getResultStream().findFirst()
                .orElseThrow(() -> new UnknownEntityException("member for the signed-in account", caller().getEmail()));
        return record(summitId, me.getId(), parse(response), me.getEmail(), false);
    }

    /** The secretariat records an answer for a member, also after the deadline. */
    @RolesAllowed(Roles.SECRETARIAT)
    public Rsvp answerFor(long summitId, long memberId, String response) {
        return record(summitId, memberId, parse(response), audit.actor(), true);
    }

    /** What an RSVP link names, without changing anything (mail scanners follow links). */
    @PermitAll
    public Optional<TokenTarget> resolve(String token) {
        return links.resolve(MemberLinks.Kind.RSVP, token).map(t -> {
            Summit summit = em.find(Summit.class, t.subjectId());
            Member member = em.find(Member.class, t.memberId());
            return new TokenTarget(summit, member, rsvp(summit.getId(), member.getId()).orElse(null));
        });
    }

    /** A summit and member named by an RSVP link, with the answer so far. */
    public record TokenTarget(Summit summit, Member member, Rsvp rsvp) {
    }

    /** Records the answer given through an RSVP link (the member or their assistant, no login). */
    @PermitAll
    public Optional<Rsvp> answerByLink(String token, String response, String by) {
        Optional<TokenTarget> target = resolve(token);
        if (target.isEmpty()) {
            return Optional.empty();
        }
        Member member = target.get().member();
        return Optional.of(record(target.get().summit().getId(), member.getId(), parse(response),
                by == null || by.isBlank() ? "link" : by, false));
    }

    private Rsvp record(long summitId, long memberId, RsvpResponse response, String by, boolean override) {
        Summit summit = lock(summitId);
        refuseCancelled(summit);
        if (!override && clock.instant().isAfter(summit.getRsvpDeadline())) {
            throw new ConflictException("The answer deadline has passed; please ask the secretariat");
        }
        Member member = em.find(Member.class, memberId);
        if (member == null || !member.getStatus().current()) {
            throw new UnknownEntityException("current member", memberId);
        }
        Rsvp existing = rsvp(summitId, memberId).orElse(null);
        Rsvp rsvp = existing != null ? existing : new Rsvp(summitId, memberId);
        RsvpStatus before = rsvp.getStatus();
        long confirmedOthers = count(summitId, RsvpStatus.CONFIRMED) - (before == RsvpStatus.CONFIRMED ? 1 : 0);
        RsvpStatus status = RsvpPolicy.decide(response, before == RsvpStatus.CONFIRMED, (int) confirmedOthers, summit.getCapacity());
        long nextInLine = ((Number) em.createQuery("SELECT COALESCE(MAX(r.waitlistPosition), 0) FROM Rsvp r WHERE r.summitId = :s")
                .setParameter("s", summitId).getSingleResult()).longValue() + 1;
        rsvp.answer(response, status, nextInLine, by, clock.instant());
        if (existing == null) {
            em.persist(rsvp);
        }
        em.flush();
        audit.record("RSVP", "Summit", summitId, member.fullName() + ": " + response + " → " + status + " (by " + by + ")");
        changed.fire(SummitChanged.of(SummitChanged.Type.RSVP_RECORDED, summitId, memberId, null, status.name()));
        if (before != null && RsvpPolicy.freesSeat(before, status)) {
            promoteFirstInLine(summit);
        }
        return rsvp;
    }

    private void promoteFirstInLine(Summit summit) {
        em.createQuery("SELECT r FROM Rsvp r WHERE r.summitId = :s AND r.status = :w ORDER BY r.waitlistPosition", Rsvp.class)
                .setParameter("s", summit.getId()).setParameter("w", RsvpStatus.WAITLISTED).setMaxResults(1)
                .getResultStream().findFirst().ifPresent(first -> {
                    first.promote(clock.instant());
                    audit.record("RSVP_PROMOTED", "Summit", summit.getId(), "member " + first.getMemberId() + " gets a seat");
                    changed.fire(SummitChanged.of(SummitChanged.Type.PROMOTED, summit.getId(), first.getMemberId(), null, null));
                });
    }

    public List<Rsvp> rsvps(long summitId) {
        byId(summitId);
        return em.createQuery("SELECT r FROM Rsvp r WHERE r.summitId = :s ORDER BY r.status, r.waitlistPosition, r.id",
                Rsvp.class).setParameter("s", summitId).getResultList();
    }

    public Optional<Rsvp> rsvp(long summitId, long memberId) {
        return em.createQuery("SELECT r FROM Rsvp r WHERE r.summitId = :s AND r.memberId = :m", Rsvp.class)
                .setParameter("s", summitId).setParameter("m", memberId).getResultStream().findFirst();
    }

    public long count(long summitId, RsvpStatus status) {
        return em.createQuery("SELECT COUNT(r) FROM Rsvp r WHERE r.summitId = :s AND r.status = :st", Long.class)
                .setParameter("s", summitId).setParameter("st", status).getSingleResult();
    }

    // ---- attendance ----

    /**
     * The secretariat checks a member in on the day, or records that a delegate attended in their place
     * (which counts for the member's obligations only if the bylaws say so); doing it twice changes nothing.
     */
    @RolesAllowed(Roles.SECRETARIAT)
    public boolean checkIn(long summitId, Long memberId, boolean byDelegate) {
        if (memberId == null) {
            throw new InvalidInputException(Map.of("memberId", "is required"));
        }
        Summit summit = byId(summitId);
        refuseCancelled(summit);
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

    public Set<Long> attended(long summitId) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT member_id FROM attendance WHERE summit_id = ?")
                .setParameter(1, summitId).getResultList();
        return ids.stream().map(Number::longValue).collect(Collectors.toSet());
    }

    // ---- reminders ----

    /**
     * Sends the reminders that are due (configured days before the start, to YES and MAYBE) and the nudge
     * before the deadline (to those who have not answered). Each reminder is recorded for the summit's
     * current start, so a moved summit is reminded again and two instances never send one twice.
     */
    @PermitAll
    public int sendDueReminders(List<Integer> daysBefore, int nudgeDaysBeforeDeadline) {
        int sent = 0;
        Instant now = clock.instant();
        for (Summit summit : find(null)) {
            if (summit.isCancelled() || !summit.isPublishedOnce() || summit.getStartsAt().isBefore(now)) {
                continue;
            }
            // of the reminders due now only the nearest goes out (a summit scheduled late gets one, not two)
            List<Integer> due = daysBefore.stream().filter(d -> !now.isBefore(summit.getStartsAt().minusSeconds(d * 86_400L)))
                    .sorted().toList();
            if (!due.isEmpty()) {
                boolean fresh = claimReminder(summit, "D" + due.get(0));
                due.stream().skip(1).forEach(d -> claimReminder(summit, "D" + d));
                if (fresh) {
                    for (Rsvp r : rsvps(summit.getId())) {
                        if (r.getStatus() == RsvpStatus.CONFIRMED || r.getStatus() == RsvpStatus.TENTATIVE) {
                            changed.fire(SummitChanged.of(SummitChanged.Type.REMINDER, summit.getId(), r.getMemberId(), null, null));
                            sent++;
                        }
                    }
                }
            }
            Instant nudgeAt = summit.getRsvpDeadline().minusSeconds(nudgeDaysBeforeDeadline * 86_400L);
            if (!now.isBefore(nudgeAt) && now.isBefore(summit.getRsvpDeadline()) && claimReminder(summit, "NUDGE")) {
                Set<Long> answered = rsvps(summit.getId()).stream().map(Rsvp::getMemberId).collect(Collectors.toSet());
                for (Member member : invitees()) {
                    if (!answered.contains(member.getId())) {
                        changed.fire(SummitChanged.of(SummitChanged.Type.REMINDER, summit.getId(), member.getId(),
                                rsvpLink(summit, member), null));
                        sent++;
                    }
                }
            }
        }
        return sent;
    }

    private boolean claimReminder(Summit summit, String label) {
        int already = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM summit_reminder WHERE summit_id = ? AND label = ? AND starts_at = ?")
                .setParameter(1, summit.getId()).setParameter(2, label).setParameter(3, Timestamp.from(summit.getStartsAt()))
                .getSingleResult()).intValue();
        if (already > 0) {
            return false;
        }
        em.createNativeQuery("INSERT INTO summit_reminder (summit_id, label, starts_at, sent_at) VALUES (?, ?, ?, ?)")
                .setParameter(1, summit.getId()).setParameter(2, label).setParameter(3, Timestamp.from(summit.getStartsAt()))
                .setParameter(4, Timestamp.from(clock.instant())).executeUpdate();
        return true;
    }

    // ---- helpers ----

    private List<Member> invitees() {
        return em.createQuery("SELECT m FROM Member m WHERE m.status IN :current ORDER BY m.id", Member.class)
                .setParameter("current", MemberStatus.CURRENT).getResultList();
    }

    private void check(SummitRequest request) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (!request.endsAt().isAfter(request.startsAt())) {
            errors.put("endsAt", "must be after startsAt");
        }
        if (request.rsvpDeadline().isAfter(request.startsAt())) {
            errors.put("rsvpDeadline", "must not be after startsAt");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static AgendaStatus transition(java.util.function.Supplier<AgendaStatus> step) {
        try {
            return step.get();
        } catch (IllegalStateException e) {
            throw new ConflictException(e.getMessage());
        }
    }

    private static RsvpResponse parse(String response) {
        try {
            return RsvpResponse.valueOf(response);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidInputException(Map.of("response", "must be one of YES, NO, MAYBE"));
        }
    }

    private AgendaItem item(long summitId, long itemId) {
        AgendaItem item = em.find(AgendaItem.class, itemId);
        if (item == null || item.getSummitId() != summitId) {
            throw new UnknownEntityException("agenda item", itemId);
        }
        return item;
    }

    private Summit lock(long id) {
        Summit summit = em.find(Summit.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (summit == null) {
            throw new UnknownEntityException("summit", id);
        }
        return summit;
    }

    private static void refuseCancelled(Summit summit) {
        if (summit.isCancelled()) {
            throw new ConflictException("The summit is cancelled");
        }
    }

    private Account caller() {
        String email = security.getCallerPrincipal().getName();
        return em.createNamedQuery(Account.BY_EMAIL, Account.class).setParameter("email", email).getSingleResult();
    }

    private ZoneId zone() {
        return config.zone();
    }

    /** A time in the partnership's zone, for the audit trail. */
    String local(Instant instant) {
        return instant.atZone(zone()).toLocalDateTime().toString() + " " + zone();
    }

    /** The partnership's today. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone()));
    }

    /** Summits taking place from today on, soonest first. */
    public List<Summit> upcoming() {
        Instant now = clock.instant();
        List<Summit> result = new ArrayList<>();
        for (Summit s : find(null)) {
            if (!s.isCancelled() && s.getEndsAt().isAfter(now)) {
                result.add(s);
            }
        }
        return result;
    }
}
