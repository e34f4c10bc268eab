package org.partnershipsteward.survey.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.partnershipsteward.platform.config.PartnershipConfig;

/**
 * The page behind a survey link (no login): the questions as a plain form that posts to
 * {@code /survey/{token}}; showing it records nothing.
 */
@Named
@ViewScoped
public class SurveyPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Surveys surveys;

    @Inject
    transient PartnershipConfig config;

    private String token;
    private String recorded;
    private String refused;
    private transient Surveys.TokenTarget target;

    public void load() {
        target = surveys.resolve(token).orElse(null);
    }

    public boolean isValid() {
        if (target == null && token != null) {
            load();
        }
        return target != null;
    }

    public boolean isOpen() {
        return isValid() && target.survey().isOpen(java.time.Instant.now());
    }

    public String closes() {
        return target == null ? "" : config.when(target.survey().getClosesAt());
    }

    public Surveys.TokenTarget getTarget() {
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

    public void setRecorded(String recorded) {
        this.recorded = recorded;
    }

    public String getRefused() {
        return refused;
    }

    public void setRefused(String refused) {
        this.refused = refused;
    }
}
