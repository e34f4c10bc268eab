package org.partnershipsteward.survey.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SurveyFormTest {

    private static final List<Question> FORM = List.of(
            new Question("SINGLE_CHOICE", "Useful?", List.of("Yes", "No"), null, null),
            new Question("MULTIPLE_CHOICE", "Topics", List.of("Cyber", "Insider", "Drones"), null, null),
            new Question("SCALE", "Informed?", null, 1, 5),
            new Question("FREE_TEXT", "Anything else?", null, null, null));

    @Test
    void aSurveyNeedsQuestionsWithPromptsAndAtLeastTwoDistinctOptions() {
        assertEquals(Map.of("questions", "needs at least one question"), SurveyForm.problems(List.of()));
        Map<String, String> problems = SurveyForm.problems(List.of(
                new Question("SINGLE_CHOICE", " ", List.of("Yes", "Yes"), null, null),
                new Question("RANKING", "Order these", null, null, null),
                new Question("SCALE", "Backwards", null, 5, 1)));
        assertTrue(problems.containsKey("questions[0].prompt"));
        assertTrue(problems.containsKey("questions[0].options"));
        assertTrue(problems.containsKey("questions[1].kind"));
        assertTrue(problems.containsKey("questions[2].max"));
        assertEquals(Map.of(), SurveyForm.problems(FORM));
    }

    @Test
    void answersMustFitEachQuestionAndComeOnePerQuestion() {
        assertEquals(List.of(List.of("Yes"), List.of("Cyber", "Drones"), List.of("4"), List.of()),
                SurveyForm.normalize(FORM, Arrays.asList("Yes", List.of("Cyber", "Drones"), 4, null)));
        assertThrows(IllegalArgumentException.class, () -> SurveyForm.normalize(FORM, List.of("Yes")));
        assertThrows(IllegalArgumentException.class,
                () -> SurveyForm.normalize(FORM, Arrays.asList("Maybe", List.of("Cyber"), 4, null)));
        assertThrows(IllegalArgumentException.class,
                () -> SurveyForm.normalize(FORM, Arrays.asList("Yes", List.of(), 4, null)), "several choices need one");
        assertThrows(IllegalArgumentException.class,
                () -> SurveyForm.normalize(FORM, Arrays.asList("Yes", List.of("Cyber", "Cyber"), 4, null)));
        assertThrows(IllegalArgumentException.class,
                () -> SurveyForm.normalize(FORM, Arrays.asList("Yes", List.of("Cyber"), 6, null)), "outside the scale");
        assertThrows(IllegalArgumentException.class,
                () -> SurveyForm.normalize(FORM, Arrays.asList("Yes", List.of("Cyber"), 3, "x".repeat(2001))));
    }

    @Test
    void resultsCountEveryChoiceInOrderAverageTheScaleAndKeepTheTexts() {
        var responses = List.of(
                SurveyForm.normalize(FORM, Arrays.asList("Yes", List.of("Cyber", "Drones"), 4, "More drills")),
                SurveyForm.normalize(FORM, Arrays.asList("No", List.of("Drones"), 2, null)),
                SurveyForm.normalize(FORM, Arrays.asList("Yes", List.of("Insider"), 5, null)));
        List<SurveyForm.Result> results = SurveyForm.tally(FORM, responses);
        assertEquals(List.of("Yes", "No"), List.copyOf(results.get(0).counts().keySet()));
        assertEquals(2L, results.get(0).counts().get("Yes"));
        assertEquals(2L, results.get(1).counts().get("Drones"));
        assertEquals(0L, results.get(2).counts().get("1"));
        assertEquals(3.67, results.get(2).average(), 0.001);
        assertEquals(List.of("More drills"), results.get(3).texts());
        assertEquals(null, results.get(0).average());
    }

    @Test
    void questionsAndAnswersSurviveTheirJsonForm() {
        assertEquals(FORM, SurveyForm.questionsFromJson(SurveyForm.questionsToJson(FORM)));
        var answers = List.of(List.of("Yes"), List.<String>of());
        assertEquals(answers, SurveyForm.answersFromJson(SurveyForm.answersToJson(answers)));
    }

    @Test
    void topicsAskedForAreTheChosenOptionsThatNameABylawsTopicOnceEach() {
        List<String> bylawsTopics = List.of("Cybersecurity", "Insider threat", "Executive protection");
        List<Question> form = List.of(
                new Question("MULTIPLE_CHOICE", "Which topics?", List.of("cybersecurity", "Insider threat ", "Drones"), null, null),
                new Question("SINGLE_CHOICE", "Most urgent?", List.of("Insider threat", "Drones"), null, null),
                new Question("FREE_TEXT", "Else?", null, null, null));
        List<List<String>> answers = List.of(List.of("cybersecurity", "Drones", "Insider threat "), List.of("Insider threat"),
                List.of("Executive protection"));

        assertEquals(List.of("Cybersecurity", "Insider threat"), SurveyForm.topicsAskedFor(form, answers, bylawsTopics),
                "a free text naming a topic is not a choice; a topic chosen twice counts once; Drones is no bylaws topic");
        assertEquals(List.of(), SurveyForm.topicsAskedFor(form, List.of(), bylawsTopics));
    }
}
