package org.partnershipsteward.survey.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The answers in a survey link's form: {@code q0}, {@code q1}, ... (repeated for several choices) and
 * {@code questions}, the number of questions the form showed (a question left empty sends no parameter). Pure and
 * bounded (issue 15: {@code questions=300000000} made the server build that many answers and run out of memory):
 * neither the count nor an index may pass {@link SurveyForm#MAX_QUESTIONS}. Whether the answers fit the survey is
 * {@link SurveyForm#normalize}'s to say.
 */
public final class LinkAnswers {

    private static final Pattern QUESTION = Pattern.compile("q(\\d{1,9})");
    private static final Pattern COUNT = Pattern.compile("\\d{1,9}");

    private LinkAnswers() {
    }

    /**
     * One entry per question (a list of the values given, empty when none).
     *
     * @throws IllegalArgumentException when the count or a question's index is not a number up to the maximum
     */
    public static List<Object> read(Map<String, String[]> parameters) {
        int count = 0;
        String[] declared = parameters.get("questions");
        if (declared != null && declared.length > 0) {
            String value = declared[0] == null ? "" : declared[0].trim();
            if (declared.length > 1 || !COUNT.matcher(value).matches() || Integer.parseInt(value) > SurveyForm.MAX_QUESTIONS) {
                throw new IllegalArgumentException("questions must be one number from 0 to " + SurveyForm.MAX_QUESTIONS);
            }
            count = Integer.parseInt(value);
        }
        for (String name : parameters.keySet()) {
            Matcher m = QUESTION.matcher(name);
            if (m.matches()) {
                int index = Integer.parseInt(m.group(1));
                if (index >= SurveyForm.MAX_QUESTIONS) {
                    throw new IllegalArgumentException("a survey has at most " + SurveyForm.MAX_QUESTIONS + " questions");
                }
                count = Math.max(count, index + 1);
            }
        }
        List<Object> answers = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String[] values = parameters.get("q" + i);
            answers.add(values == null ? List.of() : Arrays.asList(values));
        }
        return answers;
    }
}
