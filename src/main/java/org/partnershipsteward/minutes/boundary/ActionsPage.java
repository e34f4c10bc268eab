package org.partnershipsteward.minutes.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.partnershipsteward.platform.web.Messages;
import org.partnershipsteward.platform.web.Labels;

/**
 * Action items in the portal: a member's own (closed with a note: "My actions"), all of them for the secretariat
 * (filtered by status), and the overdue ones on the board's page.
 */
@Named
@ViewScoped
public class ActionsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Actions actions;

    private String status = "OPEN";
    private final Map<Long, String> notes = new HashMap<>();
    private List<ActionView> mine;
    private List<ActionView> all;
    private List<ActionView> overdue;

    public List<ActionView> getMine() {
        if (mine == null) {
            mine = actions.mine();
        }
        return mine;
    }

    public List<ActionView> getAll() {
        if (all == null) {
            all = actions.find(status == null || status.isBlank() ? null : status, null, null);
        }
        return all;
    }

    public List<ActionView> getOverdue() {
        if (overdue == null) {
            overdue = actions.overdue();
        }
        return overdue;
    }

    public void filter() {
        all = null;
    }

    public void close(long actionId, String next) {
        ActionView changed = Messages.attempt(() -> actions.change(actionId, next, notes.get(actionId)));
        if (changed != null) {
            Messages.info("\"" + changed.title() + "\" is " + Labels.inSentence(changed.status()) + ".");
        }
        mine = null;
        all = null;
        overdue = null;
    }

    public Map<Long, String> getNotes() {
        return notes;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }
}
