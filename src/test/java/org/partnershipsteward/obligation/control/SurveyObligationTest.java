package org.partnershipsteward.obligation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.partnershipsteward.obligation.control.SurveyObligation.Count;
import org.partnershipsteward.obligation.control.SurveyObligation.IssuedSurvey;

class SurveyObligationTest {

    private static final LocalDate JOINED = LocalDate.of(2026, 2, 1);
    private static final List<IssuedSurvey> SURVEYS = List.of(
            new IssuedSurvey(1, LocalDate.of(2026, 1, 15)),
            new IssuedSurvey(2, LocalDate.of(2026, 2, 1)),
            new IssuedSurvey(3, LocalDate.of(2026, 4, 10)),
            new IssuedSurvey(4, LocalDate.of(2026, 6, 1)));

    private static final Set<Long> SENT_TO_ALL = Set.of(1L, 2L, 3L, 4L);

    @Test
    void aSurveyNotSentToTheMemberIsNotIssuedToThemEvenWhenTheyAnsweredIt() {
        // 3 was a summit's survey, sent only to its attendees; this member did not attend but answered in the portal
        assertEquals(new Count(2, 1), SurveyObligation.of(SURVEYS, Set.of(2L, 4L), JOINED, null, null, Set.of(2L, 3L)));
    }

    @Test
    void aMemberSentNoSurveyOwesNone() {
        assertEquals(new Count(0, 0), SurveyObligation.of(SURVEYS, Set.of(), JOINED, null, null, Set.of()));
    }

    @Test
    void aSurveySentToTheMemberStillDoesNotCountWhenItOpenedBeforeTheyJoined() {
        assertEquals(new Count(0, 0), SurveyObligation.of(SURVEYS, Set.of(1L), JOINED, null, null, Set.of(1L)));
    }

    @Test
    void aSurveyOpenedBeforeTheMemberJoinedDoesNotCount() {
        assertFalse(SurveyObligation.counts(LocalDate.of(2026, 1, 31), JOINED, null));
    }

    @Test
    void aSurveyOpenedOnTheDayTheMemberJoinedCounts() {
        assertTrue(SurveyObligation.counts(JOINED, JOINED, null));
    }

    @Test
    void aSurveyOpenedOnOrAfterTheDayTheMemberLeftDoesNotCount() {
        LocalDate left = LocalDate.of(2026, 4, 10);
        assertFalse(SurveyObligation.counts(left, JOINED, left));
        assertTrue(SurveyObligation.counts(left.minusDays(1), JOINED, left));
    }

    @Test
    void aReinstatementAfterJoiningCountsFromTheReinstatement() {
        LocalDate reinstated = LocalDate.of(2026, 4, 1);
        assertEquals(reinstated, SurveyObligation.countsFrom(JOINED, reinstated));
        assertEquals(JOINED, SurveyObligation.countsFrom(JOINED, null));
        assertEquals(JOINED, SurveyObligation.countsFrom(JOINED, JOINED.minusDays(5)));
    }

    @Test
    void onlyTheSurveysThatCountAreIssuedAndOnlyTheirAnswersAreCounted() {
        // 1 opened before joining (answered anyway), 2-4 count; 2 and 4 answered
        assertEquals(new Count(3, 2), SurveyObligation.of(SURVEYS, SENT_TO_ALL, JOINED, null, null, Set.of(1L, 2L, 4L)));
    }

    @Test
    void aReinstatedMemberOwesOnlyTheSurveysSinceReinstatement() {
        assertEquals(new Count(2, 1), SurveyObligation.of(SURVEYS, SENT_TO_ALL, JOINED, LocalDate.of(2026, 4, 1), null, Set.of(2L, 3L)));
    }

    @Test
    void aMemberWhoLeftOwesOnlyTheSurveysOpenedBeforeLeaving() {
        assertEquals(new Count(2, 0), SurveyObligation.of(SURVEYS, SENT_TO_ALL, JOINED, null, LocalDate.of(2026, 4, 11), Set.of()));
    }
}
