package org.partnershipsteward.incident.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnershipsteward.incident.control.AlertPolicy.Candidate;
import org.partnershipsteward.incident.entity.AlertAudience;

class AlertPolicyTest {

    private static final Instant SENT = Instant.parse("2026-12-01T15:00:00Z");

    /** 1 public, 2 private, 3 public board member, 4 private board member, 5 lapsed public, 6 lapsed private board. */
    private static final List<Candidate> MEMBERS = List.of(
            new Candidate(1, true, true, false),
            new Candidate(2, true, false, false),
            new Candidate(3, true, true, true),
            new Candidate(4, true, false, true),
            new Candidate(5, false, true, false),
            new Candidate(6, false, false, true));

    @Test
    void audienceAllIsEveryCurrentMember() {
        assertEquals(List.of(1L, 2L, 3L, 4L), AlertPolicy.recipients(AlertAudience.ALL, MEMBERS));
    }

    @Test
    void audiencePublicIsTheCurrentMembersOfPublicAgencies() {
        assertEquals(List.of(1L, 3L), AlertPolicy.recipients(AlertAudience.PUBLIC, MEMBERS));
    }

    @Test
    void audiencePrivateIsTheCurrentMembersOfPrivateCompanies() {
        assertEquals(List.of(2L, 4L), AlertPolicy.recipients(AlertAudience.PRIVATE, MEMBERS));
    }

    @Test
    void audienceBoardIsTheSeatedBoardMembersWhoStillBelong() {
        assertEquals(List.of(3L, 4L), AlertPolicy.recipients(AlertAudience.BOARD, MEMBERS));
    }

    @Test
    void aLapsedOrResignedMemberNeverReceivesAnAlert() {
        for (AlertAudience audience : AlertAudience.values()) {
            List<Long> chosen = AlertPolicy.recipients(audience, MEMBERS);
            assertFalse(chosen.contains(5L), audience + " " + chosen);
            assertFalse(chosen.contains(6L), audience + " " + chosen);
        }
    }

    @Test
    void anAudienceWithNobodyInItIsEmpty() {
        assertEquals(List.of(), AlertPolicy.recipients(AlertAudience.BOARD, List.of(new Candidate(1, true, true, false))));
    }

    @Test
    void secondMailIsDueTheConfiguredTimeAfterSending() {
        assertEquals(Instant.parse("2026-12-01T15:30:00Z"), AlertPolicy.secondMailAt(SENT, Duration.ofMinutes(30)));
    }

    @Test
    void secondMailDelayMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> AlertPolicy.secondMailAt(SENT, Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> AlertPolicy.secondMailAt(SENT, Duration.ofMinutes(-5)));
    }

    @Test
    void secondMailIsNotDueBeforeItsTime() {
        Instant due = SENT.plus(Duration.ofMinutes(30));
        assertFalse(AlertPolicy.secondMailDue(due, null, due.minusSeconds(1)));
    }

    @Test
    void secondMailIsDueFromItsTimeOn() {
        Instant due = SENT.plus(Duration.ofMinutes(30));
        assertTrue(AlertPolicy.secondMailDue(due, null, due));
        assertTrue(AlertPolicy.secondMailDue(due, null, due.plus(Duration.ofHours(5))));
    }

    @Test
    void secondMailGoesOnlyOnce() {
        Instant due = SENT.plus(Duration.ofMinutes(30));
        assertFalse(AlertPolicy.secondMailDue(due, due.plusSeconds(10), due.plus(Duration.ofHours(1))));
    }
}
