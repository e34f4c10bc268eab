package org.partnershipsteward.survey.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class AnonymityTest {

    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

    @Test
    void anAnswersAuditTimeIsTheStartOfItsDayInThePartnershipsZone() {
        assertEquals(Instant.parse("2026-12-01T06:00:00Z"), Anonymity.dayOf(Instant.parse("2026-12-01T20:14:56.123Z"), CHICAGO));
        assertEquals(Instant.parse("2026-11-30T06:00:00Z"), Anonymity.dayOf(Instant.parse("2026-12-01T03:00:00Z"), CHICAGO),
                "late evening in Chicago is still the day before");
        assertEquals(Instant.parse("2026-12-01T00:00:00Z"), Anonymity.dayOf(Instant.parse("2026-12-01T23:59:59.999Z"), ZoneId.of("UTC")));
    }

    @Test
    void answersOnTheSameDayShareTheSameAuditTime() {
        assertEquals(Anonymity.dayOf(Instant.parse("2026-12-01T14:00:00Z"), CHICAGO),
                Anonymity.dayOf(Instant.parse("2026-12-01T22:30:00Z"), CHICAGO));
    }

    @Test
    void responseKeysArePositiveAndTheirOrderIsNotTheOrderOfTheAnswers() {
        SplittableRandom random = new SplittableRandom(15);
        List<Long> keys = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            keys.add(Anonymity.responseKey(random));
        }
        assertTrue(keys.stream().allMatch(k -> k > 0));
        assertEquals(1000, keys.stream().distinct().count());
        int rising = 0;
        for (int i = 1; i < keys.size(); i++) {
            rising += keys.get(i) > keys.get(i - 1) ? 1 : 0;
        }
        assertTrue(rising > 400 && rising < 600, "about half of the next keys are larger, as for any random order: " + rising);
    }

    @Test
    void anAnonymousAnswerStoresTheOpeningTimeAndANamedOneTheMomentItself() {
        Instant opens = Instant.parse("2026-12-01T08:00:00Z");
        Instant answered = Instant.parse("2026-12-01T20:14:56Z");
        assertEquals(opens, Anonymity.storedTime(true, opens, answered));
        assertEquals(answered, Anonymity.storedTime(false, opens, answered));
    }
}
