package org.partnershipsteward.survey.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.partnershipsteward.bylaws.boundary.Bylaws;
import org.partnershipsteward.health.boundary.TopicDemand;
import org.partnershipsteward.health.control.Facts.TopicFact;
import org.partnershipsteward.platform.config.PartnershipConfig;
import org.partnershipsteward.survey.control.Question;
import org.partnershipsteward.survey.control.SurveyForm;
import org.partnershipsteward.survey.entity.Survey;

/**
 * Topics members asked for in surveys, for the scorecard's shared goals: every answer to a choice question
 * that names one of the bylaws' agenda topics, dated the day it was given (anonymous answers count too:
 * the topic matters, not who asked).
 */
@Stateless
@PermitAll
public class SurveyTopicDemand implements TopicDemand {

    @PersistenceContext
    EntityManager em;

    @Inject
    Bylaws bylaws;

    @Inject
    PartnershipConfig config;

    @Override
    public List<TopicFact> requestedTopics() {
        List<String> topics = bylaws.current().topics();
        Map<Long, List<Question>> forms = new HashMap<>();
        for (Survey survey : em.createQuery("SELECT s FROM Survey s", Survey.class).getResultList()) {
            forms.put(survey.getId(), Surveys.questions(survey));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT survey_id, answers, submitted_at FROM survey_response").getResultList();
        List<TopicFact> asked = new ArrayList<>();
        for (Object[] row : rows) {
            List<Question> form = forms.getOrDefault(((Number) row[0]).longValue(), List.of());
            var day = Surveys.instant(row[2]).atZone(config.zone()).toLocalDate();
            SurveyForm.topicsAskedFor(form, SurveyForm.answersFromJson((String) row[1]), topics)
                    .forEach(topic -> asked.add(new TopicFact(topic, day)));
        }
        return asked;
    }
}
