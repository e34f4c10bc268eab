package org.partnershipsteward.minutes.boundary;

import org.partnershipsteward.platform.web.Labels;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.partnershipsteward.platform.web.Messages;

/** The page behind an action's link: the action, its status, a note and the button that closes it. No login. */
@Named
@ViewScoped
public class ActionLinkPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Actions actions;

    private String token;
    private String note;
    private ActionView action;

    public void load() {
        action = token == null ? null : actions.resolve(token).orElse(null);
    }

    public boolean isValid() {
        if (action == null && token != null) {
            load();
        }
        return action != null;
    }

    public void close(String status) {
        try {
            actions.closeByLink(token, status, note).ifPresent(a -> Messages.info("Thank you: the action is " + Labels.inSentence(a.status()) + "."));
        } catch (RuntimeException e) {
            Messages.attempt(() -> {
                throw e;
            });
        }
        load();
    }

    public ActionView getAction() {
        return action;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
