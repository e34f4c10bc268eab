package org.partnershipsteward.survey.control;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The rules of a survey's questions and answers, and its results: pure, over plain values. An answer is a
 * list of strings per question (one choice, several choices, one scale value, one text; empty when a free
 * text is skipped).
 */
public final class SurveyForm {

    public static final int MAX_QUESTIONS = 20;
    public static final int MAX_TEXT = 2000;

    private static final Jsonb JSONB = JsonbBuilder.create();
    private static final Type QUESTIONS = new ArrayList<Question>() {
        private static final long serialVersionUID = 1L;
    }.getClass().getGenericSuperclass();
    private static final Type ANSWERS = new ArrayList<List<String>>() {
        private static final long serialVersionUID = 1L;
    }.getClass().getGenericSuperclass();

    private SurveyForm() {
    }

    /** What is wrong with the questions, per field ({@code questions[2].options}); empty when fine. */
    public static Map<String, String> problems(List<Question> questions) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (questions == null || questions.isEmpty()) {
            problems.put("questions", "needs at least one question");
            return problems;
        }
        if (questions.size() > MAX_QUESTIONS) {
            problems.put("questions", "a short survey has at most " + MAX_QUESTIONS + " questions");
        }
        for (int i = 0; i < questions.size(); i++) {
            Question q = questions.get(i);
            String at = "questions[" + i + "]";
            if (q == null) {
                problems.put(at, "is empty");
                continue;
            }
            if (q.prompt() == null || q.prompt().isBlank() || q.prompt().length() > 500) {
                problems.put(at + ".prompt", "is required (at most 500 characters)");
            }
            Question.Kind kind;
            try {
                kind = q.type();
            } catch (RuntimeException e) {
                problems.put(at + ".kind", "must be one of SINGLE_CHOICE, MULTIPLE_CHOICE, SCALE, FREE_TEXT");
                continue;
            }
            if (kind == Question.Kind.SINGLE_CHOICE || kind == Question.Kind.MULTIPLE_CHOICE) {
                List<String> options = q.options() == null ? List.of() : q.options();
                if (options.size() < 2 || options.stream().anyMatch(o -> o == null || o.isBlank())
                        || options.stream().distinct().count() != options.size()) {
                    problems.put(at + ".options", "needs at least two different, non-empty options");
                }
            }
            if (kind == Question.Kind.SCALE && (q.high() <= q.low() || q.high() - q.low() > 10)) {
                problems.put(at + ".max", "a scale runs from min to a higher max, at most 10 steps");
            }
        }
        return problems;
    }

    /**
     * Checks one response against the questions and returns it in stored form.
     *
     * @param answers one entry per question: a string, a number, or a list of strings; null for a skipped text
     * @throws IllegalArgumentException naming the first problem, fit for the caller
     */
    public static List<List<String>> normalize(List<Question> questions, List<?> answers) {
        if (answers == null || answers.size() != questions.size()) {
            throw new IllegalArgumentException("answers: give one answer per question (" + questions.size() + ")");
        }
        List<List<String>> result = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            Question q = questions.get(i);
            List<String> values = values(answers.get(i));
            String at = "answers[" + i + "]: ";
            switch (q.type()) {
                case FREE_TEXT -> {
                    if (values.size() > 1 || values.stream().anyMatch(v -> v.length() > MAX_TEXT)) {
                        throw new IllegalArgumentException(at + "one text of at most " + MAX_TEXT + " characters");
                    }
                }
                case SINGLE_CHOICE, SCALE -> {
                    if (values.size() != 1 || !q.choices().contains(values.get(0))) {
                        throw new IllegalArgumentException(at + "choose one of " + q.choices());
                    }
                }
                case MULTIPLE_CHOICE -> {
                    if (values.isEmpty() || !q.choices().containsAll(values) || values.stream().distinct().count() != values.size()) {
                        throw new IllegalArgumentException(at + "choose one or more of " + q.choices());
                    }
                }
            }
            result.add(values);
        }
        return result;
    }

    private static List<String> values(Object answer) {
        if (answer == null) {
            return List.of();
        }
        if (answer instanceof List<?> list) {
            return list.stream().filter(v -> v != null).map(SurveyForm::text).filter(v -> !v.isBlank()).toList();
        }
        String text = text(answer);
        return text.isBlank() ? List.of() : List.of(text);
    }

    private static String text(Object value) {
        if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
            return String.valueOf(n.longValue());
        }
        return value.toString().trim();
    }

    /** One question's results: counts per choice (in the question's order), the scale's mean, the texts. */
    public record Result(String prompt, String kind, Map<String, Long> counts, Double average, List<String> texts) {
    }

    public static List<Result> tally(List<Question> questions, List<List<List<String>>> responses) {
        List<Result> results = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            Question q = questions.get(i);
            Map<String, Long> counts = new LinkedHashMap<>();
            q.choices().forEach(c -> counts.put(c, 0L));
            List<String> texts = new ArrayList<>();
            List<Integer> scale = new ArrayList<>();
            for (List<List<String>> response : responses) {
                List<String> values = i < response.size() ? response.get(i) : List.of();
                if (q.type() == Question.Kind.FREE_TEXT) {
                    texts.addAll(values);
                } else {
                    values.forEach(v -> counts.computeIfPresent(v, (k, n) -> n + 1));
                    if (q.type() == Question.Kind.SCALE) {
                        values.forEach(v -> scale.add(Integer.parseInt(v)));
                    }
                }
            }
            OptionalDouble mean = scale.stream().mapToInt(Integer::intValue).average();
            results.add(new Result(q.prompt(), q.kind(), counts, mean.isPresent()
                    ? Math.round(mean.getAsDouble() * 100) / 100.0 : null, texts));
        }
        return results;
    }

    /**
     * The agenda topics one response asks for: the chosen options of choice questions that name one of the
     * bylaws' topics (case and spacing aside), each topic once. Scales and free texts name none.
     */
    public static List<String> topicsAskedFor(List<Question> questions, List<List<String>> answers, List<String> topics) {
        Map<String, String> byKey = new LinkedHashMap<>();
        topics.forEach(t -> byKey.put(t.trim().toLowerCase(java.util.Locale.ROOT), t));
        java.util.Set<String> asked = new java.util.LinkedHashSet<>();
        for (int i = 0; i < questions.size() && i < answers.size(); i++) {
            Question.Kind kind = questions.get(i).type();
            if (kind == Question.Kind.SINGLE_CHOICE || kind == Question.Kind.MULTIPLE_CHOICE) {
                for (String value : answers.get(i)) {
                    String topic = byKey.get(value.trim().toLowerCase(java.util.Locale.ROOT));
                    if (topic != null) {
                        asked.add(topic);
                    }
                }
            }
        }
        return List.copyOf(asked);
    }

    public static String questionsToJson(List<Question> questions) {
        return JSONB.toJson(questions, QUESTIONS);
    }

    public static List<Question> questionsFromJson(String json) {
        List<Question> questions = JSONB.fromJson(json, QUESTIONS);
        return questions == null ? List.of() : questions;
    }

    public static String answersToJson(List<List<String>> answers) {
        return JSONB.toJson(answers, ANSWERS);
    }

    public static List<List<String>> answersFromJson(String json) {
        List<List<String>> answers = JSONB.fromJson(json, ANSWERS);
        return answers == null ? List.of() : answers;
    }
}
