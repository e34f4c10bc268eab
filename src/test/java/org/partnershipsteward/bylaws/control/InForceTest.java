package org.partnershipsteward.bylaws.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.partnershipsteward.bylaws.control.InForce.Dated;

class InForceTest {

    private static final Dated FIRST = new Dated(1, LocalDate.parse("2019-01-01"));
    private static final Dated AMENDED_FOR_JULY = new Dated(2, LocalDate.parse("2027-07-01"));

    @Test
    void anAmendmentTakesEffectOnItsEffectiveFromNotOnTheDayItIsAdopted() {
        List<Dated> versions = List.of(FIRST, AMENDED_FOR_JULY);
        assertEquals(Optional.of(1), InForce.on(versions, LocalDate.parse("2026-12-01")), "adopted, not in force yet");
        assertEquals(Optional.of(1), InForce.on(versions, LocalDate.parse("2027-06-30")), "the day before it takes effect");
        assertEquals(Optional.of(2), InForce.on(versions, LocalDate.parse("2027-07-01")), "the day it takes effect");
        assertEquals(Optional.of(2), InForce.on(versions, LocalDate.parse("2030-01-01")));
    }

    @Test
    void ofTheVersionsInEffectTheOneAdoptedLastIsInForceSoALaterAdoptionWithAnEarlierDateSupersedesAPendingOne() {
        Dated correctedForMarch = new Dated(3, LocalDate.parse("2027-03-01"));
        List<Dated> versions = List.of(FIRST, AMENDED_FOR_JULY, correctedForMarch);
        assertEquals(Optional.of(1), InForce.on(versions, LocalDate.parse("2027-02-28")));
        assertEquals(Optional.of(3), InForce.on(versions, LocalDate.parse("2027-03-01")));
        assertEquals(Optional.of(3), InForce.on(versions, LocalDate.parse("2027-08-01")));
    }

    @Test
    void beforeAnyVersionTookEffectTheFirstIsInForce() {
        assertEquals(Optional.of(1), InForce.on(List.of(AMENDED_FOR_JULY, FIRST), LocalDate.parse("2018-06-01")));
    }

    @Test
    void withoutAnAdoptedVersionNothingIsInForce() {
        assertEquals(Optional.empty(), InForce.on(List.of(), LocalDate.parse("2026-12-01")));
    }

    @Test
    void aVersionAdoptedToTakeEffectLaterIsPendingUntilThatDay() {
        List<Dated> versions = List.of(FIRST, AMENDED_FOR_JULY);
        assertTrue(InForce.pending(versions, 2, LocalDate.parse("2026-12-01")));
        assertFalse(InForce.pending(versions, 2, LocalDate.parse("2027-07-01")), "in force from that day");
        assertFalse(InForce.pending(versions, 1, LocalDate.parse("2026-12-01")), "in force, not pending");
        assertFalse(InForce.pending(versions, 7, LocalDate.parse("2026-12-01")), "never adopted");
    }
}
