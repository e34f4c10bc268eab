package org.partnershipsteward.summit.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class RsvpTest {

    private static final Instant NOW = Instant.parse("2026-12-02T09:00:00Z");

    @Test
    void anAnswerRecordedOutsideTheAnsweringPathOwesNoConfirmationMail() {
        // the demo data records answers with Rsvp.answer; nobody is to be mailed about those
        Rsvp rsvp = new Rsvp(1, 2);
        rsvp.answer(RsvpResponse.YES, RsvpStatus.CONFIRMED, 0, "demo", NOW);

        assertFalse(rsvp.isConfirmationDue());
    }

    @Test
    void theAnsweringPathMarksItsAnswerAsOwingAConfirmationMail() {
        Rsvp rsvp = new Rsvp(1, 2);
        rsvp.answer(RsvpResponse.YES, RsvpStatus.CONFIRMED, 0, "link", NOW);
        rsvp.owesConfirmation();

        assertTrue(rsvp.isConfirmationDue());
    }
}
