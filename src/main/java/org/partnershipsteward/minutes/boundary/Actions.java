package org.partnershipsteward.minutes.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.partnershipsteward.audit.boundary.AuditTrail;
import org.partnershipsteward.membership.entity.Member;
import org.partnershipsteward.minutes.control.ActionPolicy;
import org.partnershipsteward.minutes.entity.ActionItem;
import org.partnershipsteward.minutes.entity.ActionStatus;
import org.partnershipsteward.platform.domain.InvalidInputException;
import org.partnershipsteward.platform.domain.UnknownEntityException;
import org.partnershipsteward.platform.security.MemberLinks;
import org.partnershipsteward.platform.security.Roles;
import org.partnershipsteward.summit.entity.Summit;

/**
 * Action items agreed at a summit: the secretariat assigns them (the owner hears of it with a link that closes the
 * item), the owner or the secretariat closes them with a note, owners are reminded before the due day, and the
 * overdue ones are listed for the board and the hand-over. Every change is audited.
 */
@Stateless
@RolesAllowed({Roles.SECRETARIAT, Roles.BOARD, Roles.MEMBER})
public class Actions {

    @PersistenceContext
    EntityManager em;

    @Inject
    MinutesRecords records;

    @Inject
    MemberLinks links;

    @Inject
    ActionReview review;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    Event<MinutesEvent> events;

    @RolesAllowed(Roles.SECRETARIAT)
    public ActionView assign(long summitId, ActionRequest request) {
        if (request == null) {
            throw new InvalidInputException(Map.of("body", "a JSON body is required: {title, ownerMemberId, due}"));
        }
        String title = request.title() == null ? "" : request.title().strip();
        if (title.isEmpty() || title.length() > 300) {
            throw new InvalidInputException(Map.of("title", "is required (at most 300 characters)"));
        }
        Member owner = request.ownerMemberId() == null ? null : records.member(request.ownerMemberId());
        if (owner == null || !owner.getStatus().current()) {
            throw new InvalidInputException(Map.of("ownerMemberId", "must name a current member"));
        }
        Summit summit = records.summit(summitId);
        String dueProblem = ActionPolicy.dueProblem(request.due(), records.day(summit.getStartsAt()));
        if (dueProblem != null) {
            throw new InvalidInputException(Map.of("due", dueProblem));
        }
        ActionItem action = new ActionItem(summitId, title, owner.getId(), request.due(), audit.actor(), clock.instant());
        em.persist(action);
        em.flush();
        audit.record("ACTION_ASSIGNED", "Summit", summitId, "action " + action.getId() + " to " + owner.fullName()
                + ", due " + action.getDueOn());
        events.fire(MinutesEvent.action(MinutesEvent.Type.ACTION_ASSIGNED, action.getId(), owner.getId(), records.closeLink(action)));
        review.openLaterAgendas(summit);
        return view(action);
    }

    /** A new status with its note: the secretariat for any action, the owner to close their own (see {@link ActionPolicy}). */
    public ActionView change(long actionId, String status, String note) {
        ActionStatus next = parse(status);
        ActionItem action = lock(actionId);
        boolean owner = records.me().map(m -> m.getId().equals(action.getOwnerMemberId())).orElse(false);
        if (!ActionPolicy.mayChange(action.getStatus(), next, records.secretariat(), owner)) {
            throw new SecurityException(owner ? "You may close your open action, not re-open it" : "Only the action's owner or the secretariat changes it");
        }
        return apply(action, next, note);
    }

    /** The owner closes their open action from the link in a mail (no sign-in): the link names the action and its owner. */
    @PermitAll
    public Optional<ActionView> closeByLink(String token, String status, String note) {
        Optional<MemberLinks.Target> target = links.resolve(MemberLinks.Kind.ACTION, token);
        if (target.isEmpty()) {
            return Optional.empty();
        }
        ActionStatus next = parse(status);
        ActionItem action = lock(target.get().subjectId());
        if (!ActionPolicy.mayChange(action.getStatus(), next, false, action.getOwnerMemberId() == target.get().memberId())) {
            throw new org.partnershipsteward.platform.domain.ConflictException("The action is " + action.getStatus()
                    + " already");
        }
        return Optional.of(apply(action, next, note));
    }

    /** What a closing link names, without changing anything. */
    @PermitAll
    public Optional<ActionView> resolve(String token) {
        return links.resolve(MemberLinks.Kind.ACTION, token).map(t -> em.find(ActionItem.class, t.subjectId())).map(this::view);
    }

    private ActionView apply(ActionItem action, ActionStatus next, String note) {
        String problem = ActionPolicy.noteProblem(next, note);
        if (problem != null) {
            throw new InvalidInputException(Map.of("note", problem));
        }
        action.changeStatus(next, note == null || note.isBlank() ? null : note.strip(), records.day(clock.instant()), clock.instant());
        em.flush();
        audit.record("ACTION_" + (next == ActionStatus.OPEN ? "REOPENED" : next.name()), "Summit", action.getSummitId(),
                "action " + action.getId());
        return view(action);
    }

    /** The actions filtered; a member (not board or secretariat) sees only their own. */
    public List<ActionView> find(String status, Long ownerMemberId, Long summitId) {
        ActionStatus wanted = status == null || status.isBlank() ? null : parse(status);
        Long owner = ownerMemberId;
        if (!records.secretariat() && !records.board()) {
            owner = records.me().map(Member::getId).orElse(-1L);
        }
        StringBuilder jpql = new StringBuilder("SELECT a FROM ActionItem a WHERE 1 = 1");
        if (wanted != null) {
            jpql.append(" AND a.status = :status");
        }
        if (owner != null) {
            jpql.append(" AND a.ownerMemberId = :owner");
        }
        if (summitId != null) {
            jpql.append(" AND a.summitId = :summit");
        }
        var query = em.createQuery(jpql.append(" ORDER BY a.dueOn, a.id").toString(), ActionItem.class).setMaxResults(1000);
        if (wanted != null) {
            query.setParameter("status", wanted);
        }
        if (owner != null) {
            query.setParameter("owner", owner);
        }
        if (summitId != null) {
            query.setParameter("summit", summitId);
        }
        return query.getResultList().stream().map(this::view).toList();
    }

    /** Open actions past their due day, soonest due first. */
    @RolesAllowed({Roles.SECRETARIAT, Roles.BOARD})
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<ActionView> overdue() {
        return em.createQuery("SELECT a FROM ActionItem a WHERE a.status = :open AND a.dueOn < :today ORDER BY a.dueOn, a.id",
                ActionItem.class).setParameter("open", ActionStatus.OPEN).setParameter("today", records.day(clock.instant()))
                .getResultList().stream().map(this::view).toList();
    }

    /** The signed-in member's own actions. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<ActionView> mine() {
        return records.me().map(m -> find(null, m.getId(), null)).orElse(List.of());
    }

    ActionView view(ActionItem a) {
        Summit summit = em.find(Summit.class, a.getSummitId());
        Member owner = records.member(a.getOwnerMemberId());
        return ActionView.of(a, summit.getTitle(), owner == null ? "" : owner.fullName(),
                ActionPolicy.overdue(a.getStatus(), a.getDueOn(), records.day(clock.instant())));
    }


    private ActionItem lock(long actionId) {
        ActionItem action = em.find(ActionItem.class, actionId, LockModeType.PESSIMISTIC_WRITE);
        if (action == null) {
            throw new UnknownEntityException("action", actionId);
        }
        return action;
    }

    private static ActionStatus parse(String status) {
        return Arrays.stream(ActionStatus.values()).filter(s -> s.name().equals(status)).findFirst()
                .orElseThrow(() -> new InvalidInputException(Map.of("status", "must be one of OPEN, DONE, DROPPED")));
    }

}
