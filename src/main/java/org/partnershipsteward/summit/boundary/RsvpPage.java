package org.partnershipsteward.summit.boundary;

import jakarta.faces.view.ViewScoped;
import java.io.Serializable;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.partnershipsteward.platform.config.PartnershipConfig;
import org.partnershipsteward.platform.web.Messages;

/** The page behind an invitation's link: the summit, the answer so far, three buttons. No login. */
@Named
@ViewScoped
public class RsvpPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Rsvps rsvps;

    @Inject
    transient PartnershipConfig config;

    private String token;
    private transient Rsvps.TokenTarget target;
    private String recorded;

    public void load() {
        target = rsvps.resolve(token).orElse(null);
    }

    public boolean isValid() {
        if (target == null && token != null) {
            load();
        }
        return target != null;
    }

    public void answer(String response) {
        try {
            var rsvp = rsvps.answerByLink(token, response, "link");
            if (rsvp.isPresent()) {
                recorded = org.partnershipsteward.platform.web.Labels.label(rsvp.get().getStatus());
                Messages.info("Thank you: your answer is recorded (" + recorded + ").");
            }
        } catch (RuntimeException e) {
            Messages.attempt(() -> {
                throw e;
            });
        }
        load();
    }

    public String when() {
        return target == null ? "" : config.when(target.summit().getStartsAt());
    }

    public Rsvps.TokenTarget getTarget() {
        return target;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getRecorded() {
        return recorded;
    }
}
