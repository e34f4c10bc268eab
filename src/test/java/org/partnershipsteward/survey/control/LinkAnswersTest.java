package org.partnershipsteward.survey.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LinkAnswersTest {

    @Test
    void eachQuestionGetsItsValuesAndAnEmptyQuestionUpToTheDeclaredCountGetsNone() {
        assertEquals(List.of(List.of("Yes"), List.of("Cyber", "Drones"), List.of(), List.of()),
                LinkAnswers.read(Map.of("questions", new String[] {"4"}, "q0", new String[] {"Yes"},
                        "q1", new String[] {"Cyber", "Drones"})));
    }

    @Test
    void theHighestQuestionGivenCountsWhenNoCountIsDeclared() {
        assertEquals(List.of(List.of(), List.of(), List.of("3")), LinkAnswers.read(Map.of("q2", new String[] {"3"})));
        assertEquals(List.of(), LinkAnswers.read(Map.of()));
    }

    @Test
    void aDeclaredCountBeyondTheLargestSurveyIsRefusedBeforeAnyAnswerIsBuilt() {
        assertEquals(SurveyForm.MAX_QUESTIONS, LinkAnswers.read(Map.of("questions",
                new String[] {String.valueOf(SurveyForm.MAX_QUESTIONS)})).size());
        for (String count : List.of("21", "300000000", "99999999999999999999", "-1", "4e8", "", "four")) {
            assertThrows(IllegalArgumentException.class, () -> LinkAnswers.read(Map.of("questions", new String[] {count})), count);
        }
        assertThrows(IllegalArgumentException.class, () -> LinkAnswers.read(Map.of("questions", new String[] {"1", "2"})));
    }

    @Test
    void aQuestionIndexBeyondTheLargestSurveyIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> LinkAnswers.read(Map.of("q20", new String[] {"x"})));
        assertThrows(IllegalArgumentException.class, () -> LinkAnswers.read(Map.of("q299999999", new String[] {"x"})));
    }

    @Test
    void otherParametersAreNotAnswers() {
        assertEquals(List.of(List.of("Yes")), LinkAnswers.read(Map.of("q0", new String[] {"Yes"}, "qx", new String[] {"a"},
                "q99999999999", new String[] {"b"}, "jakarta.faces.ViewState", new String[] {"c"})));
    }
}
