package org.partnershipsteward.incident.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.partnershipsteward.incident.entity.AlertResponse;
import org.partnershipsteward.platform.config.PartnershipConfig;
import org.partnershipsteward.platform.domain.UnknownEntityException;
import org.partnershipsteward.platform.web.Messages;

/** {@code /member/alert.xhtml?id=}: an alert sent to the signed-in member, in full (TLP:RED is read only here). */
@Named
@ViewScoped
public class MemberAlertPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Alerts alerts;

    @Inject
    transient PartnershipConfig config;

    private Long id;
    private AlertViews.Mine alert;

    public void load() {
        alert = null;
        if (id == null) {
            return;
        }
        try {
            alert = alerts.mine(id);
        } catch (UnknownEntityException e) {
            Messages.error("No alert with this number was sent to you.");
        }
    }

    public void answer(String response) {
        var recorded = Messages.attempt(() -> alerts.answerAsMember(id, response));
        if (recorded != null) {
            Messages.info("Thank you: your answer is recorded (" + recorded.label() + ").");
        }
        load();
    }

    public String when() {
        return alert == null ? "" : config.when(alert.sentAt());
    }

    public String answerSoFar() {
        return alert == null || alert.response() == null ? "none yet" : AlertResponse.valueOf(alert.response()).label();
    }

    public AlertViews.Mine getAlert() {
        return alert;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
