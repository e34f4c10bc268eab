package org.partnershipsteward.summit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.partnershipsteward.bylaws.entity.VoteOutcome;
import org.partnershipsteward.summit.entity.AgendaStatus;

class AgendaWorkflowTest {

    @Test
    void draftGoesToTheBoardOnlyWithItems() {
        assertEquals(AgendaStatus.SUBMITTED, AgendaWorkflow.submit(AgendaStatus.DRAFT, 3));
        assertThrows(IllegalStateException.class, () -> AgendaWorkflow.submit(AgendaStatus.DRAFT, 0));
    }

    @ParameterizedTest
    @EnumSource(value = AgendaStatus.class, names = {"SUBMITTED", "APPROVED", "PUBLISHED"})
    void onlyADraftCanBeSubmitted(AgendaStatus status) {
        assertThrows(IllegalStateException.class, () -> AgendaWorkflow.submit(status, 3));
    }

    @Test
    void theBoardMajorityApprovesOrSendsItBackToDraft() {
        assertEquals(AgendaStatus.APPROVED, AgendaWorkflow.afterVote(AgendaStatus.SUBMITTED, VoteOutcome.APPROVED));
        assertEquals(AgendaStatus.DRAFT, AgendaWorkflow.afterVote(AgendaStatus.SUBMITTED, VoteOutcome.REJECTED));
        assertEquals(AgendaStatus.SUBMITTED, AgendaWorkflow.afterVote(AgendaStatus.SUBMITTED, VoteOutcome.PENDING));
        assertThrows(IllegalStateException.class, () -> AgendaWorkflow.afterVote(AgendaStatus.DRAFT, VoteOutcome.APPROVED));
    }

    @ParameterizedTest
    @EnumSource(value = AgendaStatus.class, names = {"DRAFT", "SUBMITTED", "PUBLISHED"})
    void publishingAnAgendaThatIsNotApprovedIsRefused(AgendaStatus status) {
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> AgendaWorkflow.publish(status));
        assertTrue(refused.getMessage().contains("approved"));
    }

    @Test
    void approvedAgendaIsPublished() {
        assertEquals(AgendaStatus.PUBLISHED, AgendaWorkflow.publish(AgendaStatus.APPROVED));
    }

    @ParameterizedTest
    @EnumSource(AgendaStatus.class)
    void editingAnyAgendaReturnsItToDraftForReapproval(AgendaStatus status) {
        assertEquals(AgendaStatus.DRAFT, AgendaWorkflow.edit(status));
    }
}
