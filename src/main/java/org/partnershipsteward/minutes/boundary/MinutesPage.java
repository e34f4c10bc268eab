package org.partnershipsteward.minutes.boundary;

import org.partnershipsteward.platform.web.Labels;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.partnershipsteward.membership.boundary.Members;
import org.partnershipsteward.membership.entity.Member;
import org.partnershipsteward.membership.entity.MemberStatus;
import org.partnershipsteward.platform.domain.UnknownEntityException;
import org.partnershipsteward.platform.security.Caller;
import org.partnershipsteward.platform.security.Roles;
import org.partnershipsteward.platform.web.Messages;
import org.partnershipsteward.summit.entity.Sharing;

/**
 * A summit's minutes: members read published minutes; the board reads any and votes on submitted ones; the
 * secretariat drafts (one text per section, with the Chatham House warning), compares a revision with the one before,
 * submits, publishes and assigns actions.
 */
@Named
@ViewScoped
public class MinutesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Caller caller;

    @Inject
    transient Minutes minutes;

    @Inject
    transient Actions actions;

    @Inject
    transient Members members;

    @Inject
    transient SecurityContext security;


    private Long id;
    private MinutesView view;
    private final Map<Long, String> notes = new HashMap<>();
    private List<MinutesView.Revision> revisions = List.of();
    private Integer compareRevision;
    private MinutesView.Comparison comparison;
    private List<ActionView> summitActions = List.of();
    private String actionTitle;
    private Long actionOwner;
    private LocalDate actionDue;
    private String voteComment;

    public void load() {
        view = null;
        if (id == null) {
            Messages.error("No summit chosen: open its minutes from the summit's page.");
            return;
        }
        try {
            view = minutes.read(id);
            notes.clear();
            view.items().forEach(s -> notes.put(s.agendaItemId(), s.withheld() ? "" : s.notes()));
            if (isStaff()) {
                revisions = minutes.revisions(id);
            }
            summitActions = actions.find(null, null, id);
        } catch (UnknownEntityException e) {
            Messages.error("There is no summit " + id + ".");
        } catch (EJBException e) {
            Messages.error("These minutes are not published yet: members read them once the board approved them.");
        }
    }

    public boolean isSecretariat() {
        return security.isCallerInRole(Roles.SECRETARIAT);
    }

    public boolean isBoard() {
        return security.isCallerInRole(Roles.BOARD);
    }

    private boolean isStaff() {
        return isSecretariat() || isBoard();
    }

    public Sharing sharing(String name) {
        return name == null ? null : Sharing.valueOf(name);
    }

    public void save() {
        List<Minutes.SectionNotes> items = new ArrayList<>();
        notes.forEach((itemId, text) -> items.add(new Minutes.SectionNotes(itemId, text)));
        int before = view == null ? 0 : view.revision();
        MinutesView saved = Messages.attempt(() -> minutes.save(id, items));
        if (saved != null) {
            Messages.info(saved.revision() == before ? "Nothing changed: no new revision."
                    : "Saved as revision " + saved.revision() + "; the minutes are " + saved.status() + ".");
            load();
        } else {
            Messages.keep();
        }
    }

    public void submit() {
        if (Messages.attempt(() -> minutes.submit(id)) != null) {
            Messages.info("Submitted to the board.");
        }
        load();
    }

    public void publish() {
        if (Messages.attempt(() -> minutes.publish(id)) != null) {
            Messages.info("Published: the members are mailed the link.");
        }
        load();
    }

    public void vote(String decision) {
        MinutesView after = Messages.attempt(() -> minutes.vote(id, decision, voteComment));
        if (after != null) {
            Messages.info("Your vote is recorded; the minutes are " + Labels.inSentence(after.status()) + ".");
        }
        load();
    }

    public String getMyVote() {
        long me = caller.requireAccount().getId();
        return minutes.votes(id).stream().filter(v -> v.getVoterAccountId() == me).map(v -> v.getDecision().name())
                .findFirst().orElse("not yet");
    }

    public void compare() {
        if (compareRevision != null) {
            comparison = Messages.attempt(() -> minutes.compare(id, compareRevision));
        }
    }

    public void assign() {
        ActionView created = Messages.attempt(() -> actions.assign(id, new ActionRequest(actionTitle, actionOwner, actionDue)));
        if (created != null) {
            Messages.info("Action assigned to " + created.ownerName() + "; they are mailed a link to close it.");
            actionTitle = null;
            actionOwner = null;
            actionDue = null;
        }
        load();
    }

    public void changeAction(long actionId, String status) {
        if (Messages.attempt(() -> actions.change(actionId, status, "set by the secretariat")) != null) {
            Messages.info("The action is " + status + ".");
        }
        load();
    }

    public List<Member> getOwners() {
        return members.find(MemberStatus.ACTIVE);
    }

    public MinutesView getView() {
        return view;
    }

    public Map<Long, String> getNotes() {
        return notes;
    }

    public List<MinutesView.Revision> getRevisions() {
        return revisions;
    }

    public MinutesView.Comparison getComparison() {
        return comparison;
    }

    public List<ActionView> getSummitActions() {
        return summitActions;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Integer getCompareRevision() {
        return compareRevision;
    }

    public void setCompareRevision(Integer compareRevision) {
        this.compareRevision = compareRevision;
    }

    public String getActionTitle() {
        return actionTitle;
    }

    public void setActionTitle(String actionTitle) {
        this.actionTitle = actionTitle;
    }

    public Long getActionOwner() {
        return actionOwner;
    }

    public void setActionOwner(Long actionOwner) {
        this.actionOwner = actionOwner;
    }

    public LocalDate getActionDue() {
        return actionDue;
    }

    public void setActionDue(LocalDate actionDue) {
        this.actionDue = actionDue;
    }

    public String getVoteComment() {
        return voteComment;
    }

    public void setVoteComment(String voteComment) {
        this.voteComment = voteComment;
    }
}
