package org.partnershipsteward.membership.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnershipsteward.membership.entity.EmergencyContacts;

/** Issue 19: what an emergency roster entry needs, and how long a confirmation keeps it current. */
class RosterRulesTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-06-01");

    @Test
    void anEntryConfirmedTwelveMonthsAgoToTheDayIsStillCurrent() {
        assertTrue(RosterPolicy.current(LocalDate.parse("2025-06-01"), TODAY));
    }

    @Test
    void anEntryConfirmedTwelveMonthsAndOneDayAgoIsNoLongerCurrent() {
        assertFalse(RosterPolicy.current(LocalDate.parse("2025-05-31"), TODAY));
    }

    @Test
    void anEntryNeverConfirmedIsNotCurrentAndIsDue() {
        assertFalse(RosterPolicy.current(null, TODAY));
        assertTrue(RosterPolicy.due(true, null, TODAY));
    }

    @Test
    void aMissingEntryIsDueWhateverTheDate() {
        assertTrue(RosterPolicy.due(false, TODAY, TODAY));
        assertFalse(RosterPolicy.due(true, TODAY.minusMonths(3), TODAY));
        assertFalse(new RosterPolicy.Entry(false, TODAY).currentOn(TODAY), "no entry: nothing is current");
    }

    @Test
    void anEntryNeedsAMobileOrAnAfterHoursLine() {
        Map<String, String> problems = new EmergencyContacts(null, " ", "Sam Lee", "+1 555 0101", null).problems();
        assertEquals("give a mobile or an after-hours line: the roster is for reaching you at any hour", problems.get("mobile"));
        assertEquals(Map.of(), new EmergencyContacts(null, "+1 555 0199", null, null, null).problems());
        assertEquals(Map.of(), new EmergencyContacts("+1 555 0100", null, null, null, null).problems());
    }

    @Test
    void aBackupPersonNeedsANameAndAWayToReachThem() {
        assertEquals(Map.of("backupPhone", "give your backup's phone or email"),
                new EmergencyContacts("+1 555 0100", null, "Sam Lee", null, null).problems());
        assertEquals(Map.of("backupName", "give the name of the person behind the backup phone or email"),
                new EmergencyContacts("+1 555 0100", null, null, null, "sam@example.org").problems());
        assertEquals(Map.of(), new EmergencyContacts("+1 555 0100", null, "Sam Lee", null, "sam@example.org").problems());
    }

    @Test
    void allBlankIsAnEmptyEntryThatTakesTheMemberOffTheRoster() {
        EmergencyContacts blank = new EmergencyContacts(" ", "", null, "  ", null);
        assertTrue(blank.isEmpty());
        assertEquals(Map.of(), blank.problems());
        assertEquals("+1 555 0100", new EmergencyContacts("  +1 555 0100 ", null, null, null, null).mobile(), "trimmed");
    }
}
