package org.partnershipsteward.minutes.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.partnershipsteward.health.boundary.TopicDemand;
import org.partnershipsteward.health.control.Facts.TopicFact;
import org.partnershipsteward.minutes.control.CarryOver;
import org.partnershipsteward.minutes.control.TopicSuggestions;
import org.partnershipsteward.minutes.entity.ActionItem;
import org.partnershipsteward.minutes.entity.ActionStatus;
import org.partnershipsteward.platform.persistence.RenderMemo;
import org.partnershipsteward.summit.boundary.AgendaDrafted;
import org.partnershipsteward.summit.boundary.AgendaFollowUp;
import org.partnershipsteward.summit.boundary.Agendas;
import org.partnershipsteward.summit.entity.AgendaItem;
import org.partnershipsteward.summit.entity.AgendaStatus;
import org.partnershipsteward.summit.entity.Summit;

/**
 * The next agenda: a summit's draft agenda opens with a "review of open actions" item while actions of earlier
 * summits are open ({@link CarryOver}), and that item lists them, live, through the summit component's
 * {@link AgendaFollowUp} extension point; the topics members asked for in surveys ({@link TopicDemand}) are offered
 * as suggestions. Runs in the caller's transaction.
 */
@ApplicationScoped
public class ActionReview implements AgendaFollowUp {

    /** The topic of the review item: the partnership's own business, not one of the bylaws' subjects. */
    static final String REVIEW_TOPIC = "Partnership business";

    /** Minutes planned for the review. */
    static final int REVIEW_MINUTES = 15;

    @PersistenceContext
    EntityManager em;

    @Inject
    Agendas agendas;

    @Inject
    MinutesRecords records;

    @Inject
    @Any
    Instance<TopicDemand> demand;

    /** A summit was scheduled: its draft agenda opens with the review when actions are carried over. */
    void drafted(@Observes AgendaDrafted event) {
        open(records.summit(event.summitId()));
    }

    /** A new action: every later summit whose agenda is still a draft opens with the review (once). */
    void openLaterAgendas(Summit from) {
        for (Summit later : em.createQuery("SELECT s FROM Summit s WHERE s.startsAt > :t AND s.agendaStatus = :draft "
                + "ORDER BY s.startsAt", Summit.class).setParameter("t", from.getStartsAt())
                .setParameter("draft", AgendaStatus.DRAFT).getResultList()) {
            if (!later.isCancelled()) {
                open(later);
            }
        }
    }

    private void open(Summit summit) {
        if (summit.getAgendaStatus() != AgendaStatus.DRAFT || summit.isCancelled()) {
            return;
        }
        if (CarryOver.needsReview(reviewItem(summit.getId()) != null, carried(summit))) {
            AgendaItem item = agendas.openWith(summit.getId(), CarryOver.REVIEW_TITLE, REVIEW_TOPIC, REVIEW_MINUTES);
            em.createNativeQuery("INSERT INTO action_review_item (summit_id, agenda_item_id) VALUES (?, ?)")
                    .setParameter(1, summit.getId()).setParameter(2, item.getId()).executeUpdate();
        }
    }

    private record ReviewItemOf(long summitId) {
    }

    private Long reviewItem(long summitId) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT agenda_item_id FROM action_review_item WHERE summit_id = ?")
                .setParameter(1, summitId).getResultList();
        return ids.isEmpty() ? null : ids.get(0).longValue();
    }

    /** The open actions of summits that started before this one. */
    List<ActionItem> carriedActions(Summit summit) {
        List<ActionItem> open = em.createQuery("SELECT a FROM ActionItem a WHERE a.status = :open", ActionItem.class)
                .setParameter("open", ActionStatus.OPEN).getResultList();
        Map<Long, java.time.Instant> starts = new java.util.HashMap<>();
        for (ActionItem a : open) {
            starts.computeIfAbsent(a.getSummitId(), id -> records.summit(id).getStartsAt());
        }
        List<Long> ids = CarryOver.open(open.stream().map(a -> new CarryOver.Action(a.getId(), starts.get(a.getSummitId()),
                a.getDueOn(), a.getStatus())).toList(), summit.getStartsAt());
        Map<Long, ActionItem> byId = open.stream().collect(Collectors.toMap(ActionItem::getId, a -> a));
        return ids.stream().map(byId::get).toList();
    }

    private List<Long> carried(Summit summit) {
        return carriedActions(summit).stream().map(ActionItem::getId).toList();
    }

    @Override
    public List<Listed> listedUnder(AgendaItem item) {
        // asked for each item of an agenda while it renders: read once per rendering
        Long review = RenderMemo.of(new ReviewItemOf(item.getSummitId()), () -> reviewItem(item.getSummitId()));
        if (review == null || review.longValue() != item.getId()) {
            return List.of();
        }
        List<Listed> listed = new ArrayList<>();
        for (ActionItem a : carriedActions(records.summit(item.getSummitId()))) {
            var owner = records.member(a.getOwnerMemberId());
            listed.add(new Listed(a.getId(), a.getTitle() + " (" + (owner == null ? "?" : owner.fullName()) + ", due "
                    + a.getDueOn() + ")"));
        }
        return listed;
    }

    @Override
    public List<String> suggestedTopics(long summitId) {
        Summit summit = records.summit(summitId);
        List<TopicFact> asked = new ArrayList<>();
        demand.forEach(source -> asked.addAll(source.requestedTopics()));
        Set<String> onAgenda = agendas.items(summitId).stream().filter(i -> i.getStatus() == AgendaItem.Status.ACCEPTED)
                .map(AgendaItem::getTopic).collect(Collectors.toSet());
        return TopicSuggestions.rank(asked, onAgenda, records.day(summit.getStartsAt()));
    }
}
