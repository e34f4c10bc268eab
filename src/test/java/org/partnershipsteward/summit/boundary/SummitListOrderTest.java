package org.partnershipsteward.summit.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnershipsteward.summit.entity.Summit;

/** Issue 19: the summits page lists upcoming summits first (soonest first), then past and cancelled ones (latest first). */
class SummitListOrderTest {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

    private static Summit summit(String title, long daysFromNow) {
        Instant start = NOW.plus(Duration.ofDays(daysFromNow));
        return new Summit(title, start, start.plus(Duration.ofHours(6)), "Hall", 50, start.minus(Duration.ofDays(3)),
                NOW.minus(Duration.ofDays(400)));
    }

    @Test
    void upcomingSummitsComeFirstSoonestFirstThenPastOnesLatestFirst() {
        Summit longAgo = summit("Spring 2025", -600);
        Summit lastTime = summit("Fall 2026", -60);
        Summit next = summit("Spring 2027", 120);
        Summit later = summit("Fall 2027", 300);
        List<Summit> ordered = SummitListPage.upcomingFirst(List.of(longAgo, later, lastTime, next), NOW);
        assertEquals(List.of("Spring 2027", "Fall 2027", "Fall 2026", "Spring 2025"), ordered.stream().map(Summit::getTitle).toList());
    }

    @Test
    void aCancelledUpcomingSummitGoesWithThePastOnes() {
        Summit cancelled = summit("Cancelled 2027", 60);
        cancelled.cancel("venue lost", NOW);
        Summit next = summit("Spring 2027", 120);
        Summit past = summit("Fall 2026", -60);
        List<Summit> ordered = SummitListPage.upcomingFirst(List.of(cancelled, past, next), NOW);
        assertEquals(List.of("Spring 2027", "Cancelled 2027", "Fall 2026"), ordered.stream().map(Summit::getTitle).toList());
    }
}
