package org.partnershipsteward.health.control;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The yearly self-assessment as a guided form: five steps that look at the partnership from inside and
 * outside, then a checklist of the six key ingredients, each rated and explained. Questions have stable
 * keys, so answers of different years can be put side by side.
 */
public final class WorksheetTemplate {

    /** The ratings offered for each key ingredient. */
    public static final List<String> RATINGS = List.of("Strong", "Adequate", "Needs work", "Not yet started");

    /** A question; {@code choices} empty means a free-text answer. */
    public record Question(String key, String prompt, List<String> choices) {

        public boolean isRating() {
            return !choices.isEmpty();
        }
    }

    /** A step of the worksheet with its purpose and questions. */
    public record Step(String key, String title, String purpose, List<Question> questions) {
    }

    public static final List<Step> STEPS = List.of(
            new Step("internal", "1. Look inward", "What each member organisation already does with the other sector, "
                    + "and whether that work is strategic (decision makers, long-term) or tactical (day-to-day cases).",
                    List.of(text("internal.contacts", "Which day-to-day contacts do member agencies and companies already have "
                                    + "with each other (investigations, events, alarms, liaison officers)?"),
                            text("internal.strategic", "Which of these are strategic and which tactical? Where do the lines blur?"),
                            text("internal.resources", "What does the partnership rely on today (staff, budget, meeting places) "
                                    + "and who provides it?"))),
            new Step("external", "2. Look around", "The region's large employers and headquarters, and the other forums "
                    + "that bring the sectors together.",
                    List.of(text("external.companies", "Which corporate headquarters or large operations in the region are not "
                                    + "at the table yet?"),
                            text("external.forums", "Which other groups (task forces, fusion centre, business councils) meet "
                                    + "on the same subjects? Where does this partnership add something they do not?"))),
            new Step("executives", "3. Executive-level contact", "Whether the top people themselves know each other, "
                    + "how often they talk, and about what.",
                    List.of(text("executives.relationships", "Do the chiefs, the sheriff and the agent in charge have direct "
                                    + "relationships with the companies named in step 2? How often do they talk, and about what?"),
                            text("executives.delegates", "Where do delegates stand in for executives, and what would bring "
                                    + "the executives back?"))),
            new Step("incidents", "4. Past incidents", "Incidents that showed what the partnership is worth, or what it "
                    + "lacked.",
                    List.of(text("incidents.list", "Which incidents tested the region in the past year (unrest, cyber attack, "
                                    + "severe weather, large events)?"),
                            text("incidents.lessons", "Where would an earlier call between executives have helped? What "
                                    + "was missing?"))),
            new Step("future", "5. What lies ahead", "Coming events and risks, and what to start, stop or change.",
                    List.of(text("future.risks", "Which coming events or risks should the partnership prepare for together?"),
                            text("future.changes", "What should the partnership start, stop or change next year?"))),
            new Step("ingredients", "Key-ingredient checklist", "A rating and a few words for each of the six key "
                    + "ingredients; the scorecard gives the figures to look at.",
                    ingredientQuestions()));

    private static Question text(String key, String prompt) {
        return new Question(key, prompt, List.of());
    }

    private static List<Question> ingredientQuestions() {
        Map<Ingredient, String> prompts = Map.of(
                Ingredient.EXECUTIVE_PARTICIPATION, "Do decision makers lead the effort and come themselves? Is the "
                        + "peer-to-peer relationship between chiefs and security executives a priority?",
                Ingredient.MEMBERSHIP_COMPOSITION, "Who is at the table, and why? Are the criteria and the way of adding "
                        + "members clear? How large is too large?",
                Ingredient.SHARED_GOALS, "Are the shared goals written down and do agendas follow them? Do members see "
                        + "their own priorities taken up?",
                Ingredient.CADENCE, "Is the rhythm of summits right, without meeting fatigue? Are agendas set in an "
                        + "orderly way?",
                Ingredient.RESILIENCY, "Does every organisation have an alternate contact and every seat an alternate? "
                        + "Could someone else run the secretariat tomorrow?",
                Ingredient.LONGEVITY, "Are roles and expectations written down? How does the partnership measure its "
                        + "success and pay its way?");
        return java.util.Arrays.stream(Ingredient.values()).flatMap(i -> java.util.stream.Stream.of(
                new Question("ingredient." + key(i) + ".rating", i.label() + ": rating", RATINGS),
                new Question("ingredient." + key(i) + ".notes", prompts.get(i), List.of()))).toList();
    }

    private static String key(Ingredient i) {
        return i.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** Every question key of the worksheet. */
    public static Set<String> keys() {
        return STEPS.stream().flatMap(s -> s.questions().stream()).map(Question::key).collect(Collectors.toSet());
    }

    public static Optional<Question> question(String key) {
        return STEPS.stream().flatMap(s -> s.questions().stream()).filter(q -> q.key().equals(key)).findFirst();
    }

    /** Why the answers cannot be stored, per question key; empty when they can. */
    public static Map<String, String> problems(Map<String, String> answers) {
        Map<String, String> problems = new java.util.TreeMap<>();
        answers.forEach((key, value) -> {
            Optional<Question> q = question(key);
            if (q.isEmpty()) {
                problems.put(key, "is not a question of the worksheet");
            } else if (value != null && value.length() > 4000) {
                problems.put(key, "is at most 4000 characters");
            } else if (q.get().isRating() && value != null && !value.isBlank() && !q.get().choices().contains(value)) {
                problems.put(key, "must be one of " + q.get().choices());
            }
        });
        return problems;
    }

    private WorksheetTemplate() {
    }
}
