package org.partnershipsteward.minutes.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.partnershipsteward.health.control.Facts.TopicFact;

/** The next agenda is offered the topics members asked for in the year before it, most asked first. */
class TopicSuggestionsTest {

    private static final LocalDate SUMMIT = LocalDate.of(2026, 10, 15);

    @Test
    void topicsAskedInTheYearBeforeTheSummitAreOfferedMostAskedFirst() {
        List<TopicFact> asked = List.of(new TopicFact("Insider threat", LocalDate.of(2026, 6, 1)),
                new TopicFact("Cybersecurity", LocalDate.of(2026, 6, 2)),
                new TopicFact("Cybersecurity", LocalDate.of(2026, 6, 3)),
                new TopicFact("Executive protection", LocalDate.of(2025, 9, 1)));
        assertEquals(List.of("Cybersecurity", "Insider threat"), TopicSuggestions.rank(asked, Set.of(), SUMMIT));
    }

    @Test
    void aTopicTheAgendaHoldsAlreadyIsNotOffered() {
        List<TopicFact> asked = List.of(new TopicFact("Cybersecurity", LocalDate.of(2026, 6, 2)),
                new TopicFact("Insider threat", LocalDate.of(2026, 6, 1)));
        assertEquals(List.of("Insider threat"), TopicSuggestions.rank(asked, Set.of("cybersecurity"), SUMMIT));
    }

    @Test
    void requestsAfterTheSummitDoNotCount() {
        assertEquals(List.of(), TopicSuggestions.rank(List.of(new TopicFact("Cybersecurity", SUMMIT.plusDays(1))), Set.of(), SUMMIT));
    }
}
