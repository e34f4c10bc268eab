package org.partnershipsteward.incident.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class AcknowledgementTimesTest {

    private static final Instant SENT = Instant.parse("2026-10-14T14:00:00Z");

    private static Instant after(int minutes) {
        return SENT.plusSeconds(minutes * 60L);
    }

    @Test
    void halfIsTheCeilingOfHalfTheRecipientsAndAllIsTheLastAcknowledgement() {
        // 5 recipients: half is the 3rd acknowledgement, given in any order
        var times = AcknowledgementTimes.of(SENT, 5, List.of(after(12), after(2), after(40), after(5), after(7)));
        assertEquals(7.0, times.toHalfMinutes());
        assertEquals(40.0, times.toAllMinutes());
    }

    @Test
    void allIsNotReachedWhileSomeoneHasNotAcknowledged() {
        var times = AcknowledgementTimes.of(SENT, 4, Arrays.asList(after(1), after(3), null, null));
        assertEquals(3.0, times.toHalfMinutes());
        assertNull(times.toAllMinutes());
    }

    @Test
    void halfIsNotReachedWithFewerThanHalfAcknowledged() {
        var times = AcknowledgementTimes.of(SENT, 4, List.of(after(1)));
        assertNull(times.toHalfMinutes());
        assertNull(times.toAllMinutes());
    }

    @Test
    void anAlertWithoutRecipientsHasNoTimes() {
        var times = AcknowledgementTimes.of(SENT, 0, List.of());
        assertNull(times.toHalfMinutes());
        assertNull(times.toAllMinutes());
    }

    @Test
    void secondsCountAsFractionsOfAMinute() {
        var times = AcknowledgementTimes.of(SENT, 1, List.of(SENT.plusSeconds(90)));
        assertEquals(1.5, times.toHalfMinutes());
        assertEquals(1.5, times.toAllMinutes());
    }
}
