package org.partnershipsteward.survey.boundary;

import java.time.OffsetDateTime;
import java.util.List;
import org.partnershipsteward.survey.control.Question;

/** A new informal survey: questions, the window it is open, whether answers are anonymous, an optional summit. */
public record SurveyRequest(String title, List<Question> questions, OffsetDateTime opensAt, OffsetDateTime closesAt,
        Boolean anonymous, Long summitId) {
}
