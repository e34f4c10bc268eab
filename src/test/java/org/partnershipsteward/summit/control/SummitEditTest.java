package org.partnershipsteward.summit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.partnershipsteward.summit.control.SummitEdit.Facts;

class SummitEditTest {

    private static final Instant START = Instant.parse("2031-05-14T14:00:00Z");
    private static final Instant END = Instant.parse("2031-05-14T17:00:00Z");
    private static final Facts BEFORE = new Facts("Spring Summit", START, END, "Union Depot, Saint Paul", 40);

    @Test
    void raisingTheCapacityMovesNothingAndAddsSeats() {
        SummitEdit edit = SummitEdit.between(BEFORE, new Facts("Spring Summit", START, END, "Union Depot, Saint Paul", 45));
        assertFalse(edit.moved());
        assertFalse(edit.calendarChanged());
        assertEquals(5, edit.seatsAdded());
    }

    @Test
    void aVenueOrTitleTypedWithOtherBlanksOrCaseIsNoChange() {
        SummitEdit edit = SummitEdit.between(BEFORE, new Facts("  spring  summit ", START, END, " Union Depot,  Saint Paul ", 40));
        assertFalse(edit.moved());
        assertFalse(edit.calendarChanged());
        assertEquals(0, edit.seatsAdded());
    }

    @Test
    void aNewTitleChangesTheCalendarEntryButDoesNotMoveTheSummit() {
        SummitEdit edit = SummitEdit.between(BEFORE, new Facts("Spring Summit 2031", START, END, "Union Depot, Saint Paul", 40));
        assertFalse(edit.moved());
        assertTrue(edit.calendarChanged());
    }

    @Test
    void aNewStartEndOrVenueMovesTheSummit() {
        assertTrue(SummitEdit.between(BEFORE, new Facts("Spring Summit", START.plusSeconds(3600), END, "Union Depot, Saint Paul", 40)).moved());
        assertTrue(SummitEdit.between(BEFORE, new Facts("Spring Summit", START, END.plusSeconds(1800), "Union Depot, Saint Paul", 40)).moved());
        SummitEdit venue = SummitEdit.between(BEFORE, new Facts("Spring Summit", START, END, "Science Museum, Saint Paul", 40));
        assertTrue(venue.moved());
        assertTrue(venue.calendarChanged());
    }

    @Test
    void loweringTheCapacityAddsNoSeats() {
        assertEquals(0, SummitEdit.between(BEFORE, new Facts("Spring Summit", START, END, "Union Depot, Saint Paul", 30)).seatsAdded());
    }
}
