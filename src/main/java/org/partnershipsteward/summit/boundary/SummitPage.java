package org.partnershipsteward.summit.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.partnershipsteward.bylaws.boundary.Bylaws;
import org.partnershipsteward.membership.boundary.Members;
import org.partnershipsteward.membership.entity.Member;
import org.partnershipsteward.platform.config.PartnershipConfig;
import org.partnershipsteward.platform.domain.UnknownEntityException;
import org.partnershipsteward.platform.persistence.RenderMemo;
import org.partnershipsteward.platform.web.Messages;
import org.partnershipsteward.summit.entity.AgendaItem;
import org.partnershipsteward.summit.entity.Rsvp;
import org.partnershipsteward.summit.entity.RsvpStatus;
import org.partnershipsteward.summit.entity.Sharing;
import org.partnershipsteward.summit.entity.Summit;
import org.primefaces.event.ReorderEvent;

/** One summit: details, the agenda (edit, reorder, submit, publish), my answer, answers and check-in. */
@Named
@ViewScoped
public class SummitPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Summits summits;

    @Inject
    transient Agendas agendas;

    @Inject
    transient Rsvps rsvps;

    @Inject
    transient CheckIns checkIns;

    @Inject
    transient Members members;

    @Inject
    transient Bylaws bylaws;

    @Inject
    transient PartnershipConfig config;

    @PersistenceContext
    transient EntityManager em;

    private Long id;
    private Summit summit;
    private List<AgendaItem> items = List.of();
    private String itemTitle;
    private String itemTopic;
    private String itemPresenter;
    private Integer itemMinutes = 30;
    private String itemSharing;
    private String cancelReason;
    private List<String> suggestedTopics;

    /** Loads the summit of the address; an address without one or with an unknown id says so (no error page). */
    public void load() {
        if (id == null) {
            Messages.error("No summit chosen: open one from the list of summits.");
            return;
        }
        try {
            summit = summits.byId(id);
            items = new ArrayList<>(agendas.items(id));
        } catch (UnknownEntityException e) {
            summit = null;
            Messages.error("There is no summit " + id + ".");
        }
    }

    private void reload() {
        load();
    }


    public List<AgendaItem> getAccepted() {
        return items.stream().filter(i -> i.getStatus() == AgendaItem.Status.ACCEPTED).toList();
    }

    public List<AgendaItem> getProposed() {
        return items.stream().filter(i -> i.getStatus() == AgendaItem.Status.PROPOSED).toList();
    }

    public int getTotalMinutes() {
        return getAccepted().stream().mapToInt(AgendaItem::getMinutes).sum();
    }

    public String getLengthWarning() {
        return summit == null ? null : Agendas.lengthWarning(summit, items).orElse(null);
    }

    /** The lines an item lists (the review of open actions: each action still open). */
    public List<AgendaFollowUp.Listed> listedUnder(AgendaItem item) {
        return RenderMemo.of(new ListedUnder(item.getId()), () -> agendas.listedUnder(item));
    }

    // what a rendering of this page asks more than once (RenderMemo): keys
    private record ListedUnder(long itemId) {
    }

    private record Answers(long summitId) {
    }

    private record MyRsvp(long summitId) {
    }

    /** Topics members asked for, offered while the agenda is a draft (secretariat only). */
    public List<String> getSuggestedTopics() {
        if (suggestedTopics == null) {
            suggestedTopics = summit == null ? List.of() : agendas.suggestedTopics(summit.getId());
        }
        return suggestedTopics;
    }

    public List<String> getTopics() {
        return bylaws.current().topics();
    }

    public Sharing[] getSharings() {
        return Sharing.values();
    }

    public void addItem() {
        var added = Messages.attempt(() -> agendas.addItem(id, new AgendaItemRequest(itemTitle, itemTopic, itemPresenter,
                itemMinutes, itemSharing == null || itemSharing.isBlank() ? null : itemSharing)));
        if (added != null) {
            Messages.info(added.getStatus() == AgendaItem.Status.PROPOSED ? "Thank you: your topic goes to the secretariat."
                    : "Added to the draft agenda.");
            itemTitle = null;
            itemPresenter = null;
            reload();
        }
    }

    public void accept(long itemId) {
        Messages.attempt(() -> agendas.acceptItem(id, itemId));
        reload();
    }

    /** Drag and drop of the accepted items. */
    public void onReorder(ReorderEvent event) {
        List<AgendaItem> accepted = new ArrayList<>(getAccepted());
        AgendaItem moved = accepted.remove(event.getFromIndex());
        accepted.add(event.getToIndex(), moved);
        List<Long> order = new ArrayList<>(accepted.stream().map(AgendaItem::getId).toList());
        getProposed().forEach(p -> order.add(p.getId()));
        Messages.attempt(() -> {
            agendas.reorder(id, order);
            return true;
        });
        reload();
    }

    public void submit() {
        if (Messages.attempt(() -> agendas.submitAgenda(id)) != null) {
            Messages.info("Submitted to the board.");
        }
        reload();
    }

    public void publish() {
        if (Messages.attempt(() -> agendas.publishAgenda(id)) != null) {
            Messages.info("Published: members are invited.");
        }
        reload();
    }

    public void cancel() {
        if (Messages.attempt(() -> summits.cancel(id, cancelReason)) != null) {
            Messages.info("Cancelled: members are told, and their calendars drop the entry.");
        }
        reload();
    }

    public Optional<Member> me() {
        try {
            return Optional.of(members.me());
        } catch (UnknownEntityException | jakarta.ejb.EJBAccessException e) {
            return Optional.empty();
        }
    }

    private Optional<Rsvp> myRsvp() {
        return RenderMemo.of(new MyRsvp(id), () -> me().flatMap(m -> rsvps.rsvp(id, m.getId())));
    }

    public String getMyStatus() {
        return myRsvp().map(r -> org.partnershipsteward.platform.web.Labels.label(r.getStatus())).orElse("Not answered yet");
    }

    /** Who answered for the signed-in member, when not they themself (issue 17). */
    public String getMyAnsweredBy() {
        return myRsvp().flatMap(r -> me().map(m -> org.partnershipsteward.membership.control.Delegation
                .answeredNote(r.getAnsweredBy(), m.getEmail(), config.when(r.getUpdatedAt())))).orElse("");
    }

    public void answer(String response) {
        var rsvp = Messages.attempt(() -> rsvps.answer(id, response));
        if (rsvp != null) {
            Messages.info("Your answer is recorded: " + org.partnershipsteward.platform.web.Labels.label(rsvp.getStatus()));
        }
        reload();
    }

    /** One line of the answers list. */
    public record Row(long memberId, String name, String status, Long waitlistPosition, boolean attended) implements Serializable {
    }

    public List<Row> getAnswers() {
        return RenderMemo.of(new Answers(id), this::readAnswers);
    }

    private List<Row> readAnswers() {
        var attended = checkIns.attended(id);
        List<Row> rows = new ArrayList<>();
        for (Rsvp r : rsvps.rsvps(id)) {
            Member m = em.find(Member.class, r.getMemberId());
            rows.add(new Row(m.getId(), m.fullName(), r.getStatus().name(), r.getWaitlistPosition(), attended.contains(m.getId())));
        }
        return rows;
    }

    public long getConfirmed() {
        return rsvps.count(id, RsvpStatus.CONFIRMED);
    }

    public long getWaitlisted() {
        return rsvps.count(id, RsvpStatus.WAITLISTED);
    }

    public void checkIn(long memberId) {
        if (Messages.attempt(() -> checkIns.checkIn(id, memberId, false)) != null) {
            Messages.info("Checked in.");
        }
    }

    public Summit getSummit() {
        return summit;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getItemTitle() {
        return itemTitle;
    }

    public void setItemTitle(String itemTitle) {
        this.itemTitle = itemTitle;
    }

    public String getItemTopic() {
        return itemTopic;
    }

    public void setItemTopic(String itemTopic) {
        this.itemTopic = itemTopic;
    }

    public String getItemPresenter() {
        return itemPresenter;
    }

    public void setItemPresenter(String itemPresenter) {
        this.itemPresenter = itemPresenter;
    }

    public Integer getItemMinutes() {
        return itemMinutes;
    }

    public void setItemMinutes(Integer itemMinutes) {
        this.itemMinutes = itemMinutes;
    }

    public String getItemSharing() {
        return itemSharing;
    }

    public void setItemSharing(String itemSharing) {
        this.itemSharing = itemSharing;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public void setCancelReason(String cancelReason) {
        this.cancelReason = cancelReason;
    }
}
