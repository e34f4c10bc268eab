package org.partnershipsteward.health.boundary;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.partnershipsteward.health.control.Ingredient;
import org.partnershipsteward.health.control.Measure;
import org.partnershipsteward.health.control.ScorecardCalculator;

/** The scorecard as the API and the page show it: the six ingredients, each with its measures. */
public record ScorecardView(LocalDate asOf, List<String> periods, List<IngredientView> ingredients,
        Map<String, Long> criterionMix) {

    /** One key ingredient with its measures. */
    public record IngredientView(String ingredient, String label, List<MeasureView> measures) {
    }

    /** One measure: the value now, in words, its trend and how it is computed. */
    public record MeasureView(String key, String name, String unit, Double value, String display,
            List<Measure.Point> trend, String explanation) {
    }

    public static ScorecardView of(ScorecardCalculator.Scorecard card, Map<String, Long> criterionMix) {
        List<IngredientView> ingredients = Arrays.stream(Ingredient.values()).map(i -> new IngredientView(i.name(), i.label(),
                card.measures().stream().filter(m -> m.ingredient() == i).map(m -> new MeasureView(m.key(), m.name(),
                        m.unit(), m.value(), m.display(), m.trend(), m.explanation())).toList())).toList();
        return new ScorecardView(card.asOf(), card.periods(), ingredients, criterionMix);
    }
}
