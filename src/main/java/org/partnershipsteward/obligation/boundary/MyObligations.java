package org.partnershipsteward.obligation.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.partnershipsteward.obligation.control.Standing;
import org.partnershipsteward.platform.config.PartnershipConfig;
import org.partnershipsteward.platform.web.Messages;
import org.partnershipsteward.summit.boundary.Summits;
import org.partnershipsteward.summit.entity.Summit;
import org.partnershipsteward.survey.boundary.Surveys;
import org.partnershipsteward.survey.entity.Survey;

/** The member's own standing and open surveys on their dashboard. */
@Named
@RequestScoped
public class MyObligations {

    @Inject
    Compliance compliance;

    @Inject
    Surveys surveys;

    @Inject
    Summits summits;

    @Inject
    PartnershipConfig config;

    private Optional<Standing> standing;
    private List<Survey> open;

    public Standing getStanding() {
        if (standing == null) {
            standing = compliance.mine();
        }
        return standing.orElse(null);
    }

    public String getPeriod() {
        return compliance.currentPeriod().toString();
    }

    /** In words: where the member stands this period, and what comes next. */
    public String getSummary() {
        Standing s = getStanding();
        if (s == null) {
            return "";
        }
        if (!s.judged()) {
            return String.join("; ", s.reasons()) + ".";
        }
        StringBuilder text = new StringBuilder();
        if (s.attended() == 0) {
            text.append("You have not attended a summit this period (").append(getPeriod()).append(")");
            Summit next = summits.upcoming().stream().findFirst().orElse(null);
            text.append(next == null ? "; the next one is not scheduled yet." : "; the next one is " + next.getTitle()
                    + " on " + config.when(next.getStartsAt()) + ".");
        } else {
            text.append("You attended ").append(s.attended()).append(s.attended() == 1 ? " summit" : " summits")
                    .append(" this period (").append(getPeriod()).append(").");
        }
        if (s.surveysIssued() > 0) {
            text.append(" Surveys answered: ").append(s.surveysAnswered()).append(" of ").append(s.surveysIssued()).append('.');
        }
        return text.toString();
    }

    public List<Survey> getOpenSurveys() {
        if (open == null) {
            open = surveys.find().stream().filter(s -> s.isOpen(java.time.Instant.now()) && !surveys.answeredByMe(s.getId())).toList();
        }
        return open;
    }

    public String closes(Survey survey) {
        return config.when(survey.getClosesAt());
    }

    /** Opens the survey's answer page with a fresh link for the signed-in member. */
    public void answer(long surveyId) {
        String token = Messages.attempt(() -> surveys.portalLink(surveyId));
        if (token != null) {
            try {
                var external = FacesContext.getCurrentInstance().getExternalContext();
                external.redirect(external.getRequestContextPath() + "/survey.xhtml?token=" + token);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
