package org.partnershipsteward.health.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The worksheet's questions and what it accepts as answers. */
class WorksheetTemplateTest {

    @Test
    void theWorksheetHasTheFiveStepsThenARatingAndNotesForEachKeyIngredient() {
        assertEquals(List.of("internal", "external", "executives", "incidents", "future", "ingredients"),
                WorksheetTemplate.STEPS.stream().map(WorksheetTemplate.Step::key).toList());
        var checklist = WorksheetTemplate.STEPS.get(5).questions();
        assertEquals(2 * Ingredient.values().length, checklist.size());
        assertTrue(checklist.stream().filter(WorksheetTemplate.Question::isRating)
                .allMatch(q -> q.choices().equals(WorksheetTemplate.RATINGS)));
        assertEquals(WorksheetTemplate.keys().size(),
                WorksheetTemplate.STEPS.stream().mapToInt(s -> s.questions().size()).sum(), "question keys are unique");
    }

    @Test
    void answersToUnknownQuestionsBadRatingsAndOverlongTextAreRefused() {
        assertTrue(WorksheetTemplate.problems(Map.of("internal.contacts", "Daily liaison on retail theft",
                "ingredient.cadence.rating", "Strong", "ingredient.cadence.notes", "")).isEmpty());
        Map<String, String> problems = WorksheetTemplate.problems(Map.of("internal.nonsense", "x",
                "ingredient.cadence.rating", "Excellent", "future.risks", "y".repeat(4001)));
        assertEquals(List.of("future.risks", "ingredient.cadence.rating", "internal.nonsense"), List.copyOf(problems.keySet()));
        assertTrue(problems.get("ingredient.cadence.rating").contains("Strong"));
    }
}
