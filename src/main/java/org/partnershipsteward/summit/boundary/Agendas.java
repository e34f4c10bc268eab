package org.partnershipsteward.summit.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.partnershipsteward.audit.boundary.AuditTrail;
import org.partnershipsteward.ballot.boundary.Ballot;
import org.partnershipsteward.ballot.boundary.BoardRoster;
import org.partnershipsteward.ballot.control.Tally;
import org.partnershipsteward.ballot.entity.BoardVote;
import org.partnershipsteward.ballot.entity.SubjectKind;
import org.partnershipsteward.ballot.entity.VoteDecision;
import org.partnershipsteward.bylaws.boundary.Bylaws;
import org.partnershipsteward.bylaws.control.Threshold;
import org.partnershipsteward.membership.entity.Member;
import org.partnershipsteward.platform.domain.ConflictException;
import org.partnershipsteward.platform.domain.InvalidInputException;
import org.partnershipsteward.platform.domain.UnknownEntityException;
import org.partnershipsteward.platform.domain.Vocabulary;
import org.partnershipsteward.platform.security.Account;
import org.partnershipsteward.platform.security.Roles;
import org.partnershipsteward.summit.control.AgendaWorkflow;
import org.partnershipsteward.summit.control.SharingPolicy;
import org.partnershipsteward.summit.entity.AgendaItem;
import org.partnershipsteward.summit.entity.AgendaStatus;
import org.partnershipsteward.summit.entity.Sharing;
import org.partnershipsteward.summit.entity.Summit;

/**
 * A summit's agenda: items the secretariat adds and members propose, the order, submission to the board, the
 * board's votes through the one {@link Ballot}, and publication (the first one invites every current member).
 * Every change locks the summit's row; an edit after submission sends the agenda back to draft.
 */
@Stateless
@RolesAllowed({Roles.SECRETARIAT, Roles.BOARD, Roles.MEMBER})
public class Agendas {

    @PersistenceContext
    EntityManager em;

    @Inject
    SummitRecords records;

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
    Clock clock;

    @Inject
    Event<SummitChanged> changed;

    @Inject
    @Any
    Instance<AgendaFollowUp> followUps;

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<AgendaItem> items(long summitId) {
        return em.createQuery("SELECT i FROM AgendaItem i WHERE i.summitId = :s ORDER BY i.status, i.position, i.id",
                AgendaItem.class).setParameter("s", summitId).getResultList();
    }

    /** What an item lists besides its own text (the review of open actions: the actions still open), from every {@link AgendaFollowUp}. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<AgendaFollowUp.Listed> listedUnder(AgendaItem item) {
        return followUps.stream().flatMap(f -> f.listedUnder(item).stream()).toList();
    }

    /** Topics members asked for, offered while the agenda is drafted, from every {@link AgendaFollowUp}. */
    public List<String> suggestedTopics(long summitId) {
        return followUps.stream().flatMap(f -> f.suggestedTopics(summitId).stream()).distinct().toList();
    }

    /** The secretariat adds an item to the draft; a member proposes one (PROPOSED until accepted). */
    public AgendaItem addItem(long summitId, @NotNull(message = "a JSON body is required") @Valid AgendaItemRequest request) {
        Summit summit = records.lock(summitId);
        SummitRecords.refuseCancelled(summit);
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

    /**
     * Opens the draft agenda with an item of the partnership's own business (the minutes' review of open actions):
     * accepted, first in order, under a topic outside the bylaws' list. Only while the agenda is a draft.
     */
    @RolesAllowed(Roles.SECRETARIAT)
    public AgendaItem openWith(long summitId, String title, String topic, int minutes) {
        Summit summit = records.lock(summitId);
        SummitRecords.refuseCancelled(summit);
        if (summit.getAgendaStatus() != AgendaStatus.DRAFT) {
            throw new ConflictException("The agenda is " + summit.getAgendaStatus() + "; only a draft is opened with an item");
        }
        for (AgendaItem other : items(summitId)) {
            other.moveTo(other.getPosition() + 1);
        }
        AgendaItem item = new AgendaItem(summitId, title, topic, null, minutes, 1, AgendaItem.Status.ACCEPTED, null,
                audit.actor(), clock.instant());
        em.persist(item);
        em.flush();
        audit.record("AGENDA_ITEM_ADDED", "Summit", summitId, item.getTitle());
        return item;
    }

    @RolesAllowed(Roles.SECRETARIAT)
    public AgendaItem acceptItem(long summitId, long itemId) {
        Summit summit = records.lock(summitId);
        AgendaItem item = item(summitId, itemId);
        item.accept();
        edited(summit);
        audit.record("AGENDA_ITEM_ACCEPTED", "Summit", summitId, SharingPolicy.logged(item.getTitle(), item.getSharing()));
        return item;
    }

    @RolesAllowed(Roles.SECRETARIAT)
    public void removeItem(long summitId, long itemId) {
        Summit summit = records.lock(summitId);
        AgendaItem item = item(summitId, itemId);
        em.remove(item);
        edited(summit);
        audit.record("AGENDA_ITEM_REMOVED", "Summit", summitId, SharingPolicy.logged(item.getTitle(), item.getSharing()));
    }

    /** New order of the accepted items (drag and drop). */
    @RolesAllowed(Roles.SECRETARIAT)
    public void reorder(long summitId, List<Long> itemIds) {
        Summit summit = records.lock(summitId);
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
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<String> lengthWarning(Summit summit) {
        return lengthWarning(summit, items(summit.getId()));
    }

    /** The same warning from the summit's items as a caller has read them already (the summit page: no second read). */
    public static Optional<String> lengthWarning(Summit summit, List<AgendaItem> items) {
        int total = items.stream().filter(i -> i.getStatus() == AgendaItem.Status.ACCEPTED)
                .mapToInt(AgendaItem::getMinutes).sum();
        return total > summit.minutes() ? Optional.of("The agenda takes " + total + " minutes; the summit lasts "
                + summit.minutes()) : Optional.empty();
    }

    @RolesAllowed(Roles.SECRETARIAT)
    public Summit submitAgenda(long summitId) {
        Summit summit = records.lock(summitId);
        SummitRecords.refuseCancelled(summit);
        long accepted = items(summitId).stream().filter(i -> i.getStatus() == AgendaItem.Status.ACCEPTED).count();
        summit.agenda(transition(() -> AgendaWorkflow.submit(summit.getAgendaStatus(), (int) accepted)), clock.instant());
        audit.record("AGENDA_SUBMITTED", "Summit", summitId, "round " + summit.getAgendaRound());
        for (Account board : roster.seated()) {
            changed.fire(SummitChanged.approvalRequested(summitId, board.getEmail(), board.getDisplayName()));
        }
        return summit;
    }

    /** A seated board member votes on the submitted agenda; the shared majority rule decides. */
    @RolesAllowed(Roles.BOARD)
    public Summit voteAgenda(long summitId, String decision, String comment) {
        if (!"APPROVE".equals(decision) && !"REJECT".equals(decision)) {
            throw new InvalidInputException(Map.of("decision", "must be one of APPROVE, REJECT"));
        }
        Account voter = records.caller();
        Summit summit = records.lock(summitId);
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
        Summit summit = records.lock(summitId);
        SummitRecords.refuseCancelled(summit);
        summit.agenda(transition(() -> AgendaWorkflow.publish(summit.getAgendaStatus())), clock.instant());
        boolean first = summit.firstPublication();
        audit.record(first ? "AGENDA_PUBLISHED" : "AGENDA_REPUBLISHED", "Summit", summitId, summit.getTitle());
        for (Member member : records.invitees()) {
            if (first) {
                changed.fire(SummitChanged.of(SummitChanged.Type.INVITED, summitId, member.getId(),
                        records.rsvpLink(summit, member), null));
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

    private static AgendaStatus transition(Supplier<AgendaStatus> step) {
        try {
            return step.get();
        } catch (IllegalStateException e) {
            throw new ConflictException(e.getMessage());
        }
    }

    private AgendaItem item(long summitId, long itemId) {
        AgendaItem item = em.find(AgendaItem.class, itemId);
        if (item == null || item.getSummitId() != summitId) {
            throw new UnknownEntityException("agenda item", itemId);
        }
        return item;
    }
}
