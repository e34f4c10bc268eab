package org.partnershipsteward.minutes.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.partnershipsteward.bylaws.entity.VoteOutcome;
import org.partnershipsteward.minutes.entity.MinutesStatus;

/** The approval rule of the minutes: submission, the board's majority, publication, edits back to draft. */
class MinutesWorkflowTest {

    @Test
    void draftMinutesGoToTheBoardOnlyOnceSaved() {
        assertEquals(MinutesStatus.SUBMITTED, MinutesWorkflow.submit(MinutesStatus.DRAFT, 1));
        IllegalStateException unsaved = assertThrows(IllegalStateException.class,
                () -> MinutesWorkflow.submit(MinutesStatus.DRAFT, 0));
        assertTrue(unsaved.getMessage().contains("Save the minutes"));
    }

    @ParameterizedTest
    @EnumSource(value = MinutesStatus.class, names = {"SUBMITTED", "APPROVED", "PUBLISHED"})
    void onlyDraftMinutesCanBeSubmitted(MinutesStatus status) {
        assertThrows(IllegalStateException.class, () -> MinutesWorkflow.submit(status, 4));
    }

    @Test
    void theBoardsMajorityApprovesRejectsOrLeavesThemSubmitted() {
        assertEquals(MinutesStatus.APPROVED, MinutesWorkflow.afterVote(MinutesStatus.SUBMITTED, VoteOutcome.APPROVED));
        assertEquals(MinutesStatus.DRAFT, MinutesWorkflow.afterVote(MinutesStatus.SUBMITTED, VoteOutcome.REJECTED));
        assertEquals(MinutesStatus.SUBMITTED, MinutesWorkflow.afterVote(MinutesStatus.SUBMITTED, VoteOutcome.PENDING));
    }

    @ParameterizedTest
    @EnumSource(value = MinutesStatus.class, names = {"DRAFT", "APPROVED", "PUBLISHED"})
    void theBoardVotesOnlyOnSubmittedMinutes(MinutesStatus status) {
        assertThrows(IllegalStateException.class, () -> MinutesWorkflow.afterVote(status, VoteOutcome.APPROVED));
    }

    @Test
    void onlyApprovedMinutesArePublished() {
        assertEquals(MinutesStatus.PUBLISHED, MinutesWorkflow.publish(MinutesStatus.APPROVED));
        for (MinutesStatus other : new MinutesStatus[] {MinutesStatus.DRAFT, MinutesStatus.SUBMITTED, MinutesStatus.PUBLISHED}) {
            assertThrows(IllegalStateException.class, () -> MinutesWorkflow.publish(other), other.name());
        }
    }

    @ParameterizedTest
    @EnumSource(MinutesStatus.class)
    void editingMinutesInAnyStatusReturnsThemToDraft(MinutesStatus status) {
        assertEquals(MinutesStatus.DRAFT, MinutesWorkflow.save(status, true));
    }

    @ParameterizedTest
    @EnumSource(MinutesStatus.class)
    void aSaveThatChangesNothingKeepsTheStatus(MinutesStatus status) {
        assertEquals(status, MinutesWorkflow.save(status, false));
    }

    @Test
    void membersReadOnlyPublishedMinutes() {
        assertTrue(MinutesWorkflow.readableByMembers(MinutesStatus.PUBLISHED));
        assertFalse(MinutesWorkflow.readableByMembers(MinutesStatus.APPROVED));
        assertFalse(MinutesWorkflow.readableByMembers(MinutesStatus.SUBMITTED));
        assertFalse(MinutesWorkflow.readableByMembers(MinutesStatus.DRAFT));
    }
}
