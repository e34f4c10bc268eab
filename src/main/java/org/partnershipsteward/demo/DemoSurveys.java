package org.partnershipsteward.demo;

import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.partnershipsteward.membership.entity.Member;
import org.partnershipsteward.survey.control.Anonymity;
import org.partnershipsteward.survey.control.Question;
import org.partnershipsteward.survey.control.SurveyForm;
import org.partnershipsteward.survey.entity.Survey;

/**
 * The demo's informal surveys: one after a past summit, an anonymous one, one open now. Answers come from
 * a varying slice of members, so results and survey compliance differ. Marked as invited, so loading the
 * demo sends no mail.
 */
final class DemoSurveys {

    private static final java.util.random.RandomGenerator KEYS = new java.security.SecureRandom();

    private static final List<Question> SUMMIT_FEEDBACK = List.of(
            new Question("SCALE", "How useful was the summit for your organization?", null, 1, 5),
            new Question("SINGLE_CHOICE", "Was the length right?", List.of("Too short", "About right", "Too long"), null, null),
            new Question("MULTIPLE_CHOICE", "Which topics should come back?", List.of("Insider threat", "Cybersecurity",
                    "Civil unrest and large events", "Executive protection"), null, null),
            new Question("FREE_TEXT", "What should we change?", null, null, null));
    private static final List<Question> PRIORITIES = List.of(
            new Question("MULTIPLE_CHOICE", "Which risks worry you most for the coming year?", List.of("Ransomware",
                    "Civil unrest", "Drones over facilities", "Insider threat", "Severe weather"), null, null),
            new Question("SINGLE_CHOICE", "Should the partnership add a third summit?", List.of("Yes", "No", "Not sure"), null, null),
            new Question("SCALE", "How well does the partnership share information today?", null, 1, 5));
    private static final String[] COMMENTS = {"More time for table-top exercises", "Invite the state fusion center",
        "Shorter presentations, more discussion", "A session on drones over stadiums"};

    private DemoSurveys() {
    }

    static void load(EntityManager em, List<Member> members, Instant now) {
        List<Member> current = members.stream().filter(m -> m.getStatus().current())
                .sorted(Comparator.comparing(Member::getId)).toList();
        List<Object[]> summits = rows(em, "SELECT id, title FROM summit ORDER BY starts_at");
        Long fall2025 = summits.size() > 1 ? ((Number) summits.get(1)[0]).longValue() : null;
        Long spring2026 = summits.size() > 2 ? ((Number) summits.get(2)[0]).longValue() : null;
        survey(em, "After the Fall Summit 2025", SUMMIT_FEEDBACK, false, fall2025, "2025-10-17T09:00:00-05:00",
                "2025-10-31T17:00:00-05:00", attendees(em, fall2025, current), 0.7, 1, now);
        survey(em, "Priorities for 2026 (anonymous)", PRIORITIES, true, null, "2025-12-01T09:00:00-06:00",
                "2025-12-19T17:00:00-06:00", current, 0.55, 2, now);
        survey(em, "After the Spring Summit 2026", SUMMIT_FEEDBACK, false, spring2026, "2026-04-24T09:00:00-05:00",
                "2026-05-08T17:00:00-05:00", attendees(em, spring2026, current), 0.6, 3, now);
        OffsetDateTime opened = now.atOffset(java.time.ZoneOffset.UTC).minusDays(2);
        survey(em, "Interest in a table-top exercise", List.of(
                new Question("SINGLE_CHOICE", "Would your organization take part in a regional table-top exercise?",
                        List.of("Yes", "Maybe", "No"), null, null),
                new Question("FREE_TEXT", "Which scenario would help you most?", null, null, null)), false, null,
                opened.toString(), opened.plusDays(14).toString(), current, 0.3, 4, now);
    }

    private static List<Member> attendees(EntityManager em, Long summitId, List<Member> current) {
        if (summitId == null) {
            return current;
        }
        Set<Long> ids = rows(em, "SELECT member_id, summit_id FROM attendance WHERE summit_id = " + summitId).stream()
                .map(r -> ((Number) r[0]).longValue()).collect(Collectors.toSet());
        return current.stream().filter(m -> ids.contains(m.getId())).toList();
    }

    private static void survey(EntityManager em, String title, List<Question> questions, boolean anonymous, Long summitId,
            String opens, String closes, List<Member> asked, double share, int seed, Instant now) {
        Instant opensAt = OffsetDateTime.parse(opens).toInstant();
        Survey survey = new Survey(title, SurveyForm.questionsToJson(questions), anonymous, summitId, opensAt,
                OffsetDateTime.parse(closes).toInstant(), "secretariat@steward.example", now);
        em.persist(survey);
        em.flush();
        em.createNativeQuery("UPDATE survey SET invited_at = ? WHERE id = ?").setParameter(1, Timestamp.from(opensAt))
                .setParameter(2, survey.getId()).executeUpdate();
        for (Member m : asked) { // issued to those asked only: a summit's survey to its attendees
            em.createNativeQuery("INSERT INTO survey_recipient (survey_id, member_id) VALUES (?, ?)")
                    .setParameter(1, survey.getId()).setParameter(2, m.getId()).executeUpdate();
        }
        int answering = (int) Math.round(asked.size() * share);
        for (int k = 0; k < answering; k++) {
            Member m = asked.get((k * 3 + seed * 5) % asked.size());
            if (((Number) em.createNativeQuery("SELECT COUNT(*) FROM survey_participation WHERE survey_id = ? AND member_id = ?")
                    .setParameter(1, survey.getId()).setParameter(2, m.getId()).getSingleResult()).intValue() > 0) {
                continue;
            }
            Instant at = opensAt.plusSeconds(3600L * (k + 1));
            em.createNativeQuery("INSERT INTO survey_participation (survey_id, member_id) VALUES (?, ?)")
                    .setParameter(1, survey.getId()).setParameter(2, m.getId()).executeUpdate();
            em.createNativeQuery("INSERT INTO survey_response (id, survey_id, member_id, answers, submitted_at) VALUES (?, ?, ?, ?, ?)")
                    .setParameter(1, Anonymity.responseKey(KEYS)).setParameter(2, survey.getId()).setParameter(3, anonymous ? null : m.getId())
                    .setParameter(4, SurveyForm.answersToJson(answers(questions, k + seed)))
                    .setParameter(5, Timestamp.from(Anonymity.storedTime(anonymous, opensAt, at))).executeUpdate();
        }
    }

    /** Plausible, varied answers: a deterministic walk through each question's choices. */
    private static List<List<String>> answers(List<Question> questions, int n) {
        return questions.stream().map(q -> {
            List<String> choices = q.choices();
            return switch (q.type()) {
                case SCALE -> List.of(choices.get(Math.min(choices.size() - 1, 2 + (n * 7 % 3))));
                case SINGLE_CHOICE -> List.of(choices.get((n * 2 + n / 3) % choices.size()));
                case MULTIPLE_CHOICE -> List.of(choices.get(n % choices.size()), choices.get((n + 2) % choices.size()))
                        .stream().distinct().toList();
                case FREE_TEXT -> n % 3 == 0 ? List.of(COMMENTS[n % COMMENTS.length]) : List.<String>of();
            };
        }).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(EntityManager em, String sql) {
        return em.createNativeQuery(sql).getResultList();
    }
}
