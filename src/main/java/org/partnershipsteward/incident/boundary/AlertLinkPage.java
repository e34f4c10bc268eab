package org.partnershipsteward.incident.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.partnershipsteward.incident.entity.AlertResponse;
import org.partnershipsteward.platform.config.PartnershipConfig;
import org.partnershipsteward.platform.web.Messages;

/** The page behind an alert's acknowledgement link: the alert as its mail may show it, the answer so far, three buttons. No login. */
@Named
@ViewScoped
public class AlertLinkPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Alerts alerts;

    @Inject
    transient PartnershipConfig config;

    private String token;
    private transient AlertViews.Link target;

    public void load() {
        target = alerts.resolve(token).orElse(null);
    }

    public boolean isValid() {
        if (target == null && token != null) {
            load();
        }
        return target != null;
    }

    public void answer(String response) {
        var recorded = Messages.attempt(() -> alerts.answerByLink(token, response).orElse(null));
        if (recorded != null) {
            Messages.info("Thank you: your answer is recorded (" + recorded.label() + ").");
        }
        load();
    }

    public String when() {
        return target == null ? "" : config.when(target.sentAt());
    }

    public String answerSoFar() {
        return target == null || target.response() == null ? "none yet" : AlertResponse.valueOf(target.response()).label();
    }

    public AlertViews.Link getTarget() {
        return target;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
