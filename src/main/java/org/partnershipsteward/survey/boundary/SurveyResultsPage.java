package org.partnershipsteward.survey.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.partnershipsteward.platform.config.PartnershipConfig;
import org.partnershipsteward.platform.web.Messages;
import org.partnershipsteward.survey.control.Question;
import org.partnershipsteward.survey.control.SurveyForm;
import org.partnershipsteward.survey.entity.Survey;

/**
 * Surveys for the secretariat and the board: the list, each survey's results with a chart per question,
 * and (secretariat) a short form to build a new survey.
 */
@Named
@ViewScoped
public class SurveyResultsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Surveys surveys;

    @Inject
    transient PartnershipConfig config;

    private Long id;
    private transient Surveys.Results results;
    private List<Survey> all;

    private String title;
    private LocalDateTime opensAt;
    private LocalDateTime closesAt;
    private boolean anonymous;
    private String questionText;

    public List<Survey> getSurveys() {
        if (all == null) {
            all = surveys.find();
        }
        return all;
    }

    public Surveys.Results getResults() {
        if (results == null && id != null) {
            results = Messages.attempt(() -> surveys.results(id));
        }
        return results;
    }


    public int participation(long surveyId) {
        return surveys.participated(surveyId).size();
    }

    /** A Chart.js bar chart of one question's counts, as PrimeFaces' p:chart takes it. */
    public String chart(SurveyForm.Result result) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        for (Map.Entry<String, Long> e : result.counts().entrySet()) {
            labels.add(e.getKey());
            data.add(e.getValue());
        }
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("label", "Answers").add("data", data)
                                .add("backgroundColor", "#2f6f9f"))))
                .add("options", Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                        .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("display", false)))
                        .add("scales", Json.createObjectBuilder().add("y", Json.createObjectBuilder().add("beginAtZero", true)
                                .add("ticks", Json.createObjectBuilder().add("precision", 0)))))
                .build().toString();
    }

    /**
     * Builds a survey from the short form: one question per line, {@code Prompt} for free text,
     * {@code Prompt | option | option} for a single choice, {@code Prompt || option || option} for several,
     * {@code Prompt | 1-5} for a scale.
     */
    public void create() {
        List<Question> questions = new ArrayList<>();
        for (String line : questionText == null ? new String[0] : questionText.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            if (line.contains("||")) {
                String[] parts = line.split("\\|\\|");
                questions.add(new Question("MULTIPLE_CHOICE", parts[0].trim(), trimmed(parts), null, null));
            } else if (line.matches(".*\\|\\s*\\d+\\s*-\\s*\\d+\\s*")) {
                String[] parts = line.split("\\|");
                String[] range = parts[1].trim().split("\\s*-\\s*");
                questions.add(new Question("SCALE", parts[0].trim(), null, Integer.valueOf(range[0]), Integer.valueOf(range[1])));
            } else if (line.contains("|")) {
                String[] parts = line.split("\\|");
                questions.add(new Question("SINGLE_CHOICE", parts[0].trim(), trimmed(parts), null, null));
            } else {
                questions.add(new Question("FREE_TEXT", line.trim(), null, null, null));
            }
        }
        Survey created = Messages.attempt(() -> surveys.create(new SurveyRequest(title, questions, offset(opensAt), offset(closesAt),
                anonymous, null)));
        if (created != null) {
            Messages.info("Survey created: " + created.getTitle() + (created.getInvitedAt() != null || created.isOpen(Instant.now())
                    ? "; the invitations are on their way" : "; invitations go out when it opens"));
            all = null;
            title = null;
            questionText = null;
        }
    }

    private OffsetDateTime offset(LocalDateTime local) {
        return local == null ? null : local.atZone(config.zone()).toOffsetDateTime();
    }

    private static List<String> trimmed(String[] parts) {
        List<String> options = new ArrayList<>();
        for (int i = 1; i < parts.length; i++) {
            options.add(parts[i].trim());
        }
        return options;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDateTime getOpensAt() {
        return opensAt;
    }

    public void setOpensAt(LocalDateTime opensAt) {
        this.opensAt = opensAt;
    }

    public LocalDateTime getClosesAt() {
        return closesAt;
    }

    public void setClosesAt(LocalDateTime closesAt) {
        this.closesAt = closesAt;
    }

    public boolean isAnonymous() {
        return anonymous;
    }

    public void setAnonymous(boolean anonymous) {
        this.anonymous = anonymous;
    }

    public String getQuestionText() {
        return questionText;
    }

    public void setQuestionText(String questionText) {
        this.questionText = questionText;
    }
}
