package org.partnershipsteward.membership.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnershipsteward.eligibility.control.EligibilityPolicy;
import org.partnershipsteward.eligibility.control.Finding;
import org.partnershipsteward.membership.control.ApplicationQueue.WaitsFor;
import org.partnershipsteward.membership.entity.ApplicationStatus;

class ApplicationQueueTest {

    private static final Finding MET = Finding.met(EligibilityPolicy.CRITERION_MET, "applies as security practitioner");
    private static final Finding TO_REVIEW = Finding.needsReview(EligibilityPolicy.EXECUTIVE_LEVEL,
            "'Head of Resilience' is not a recognised executive-level title");

    @Test
    void anOpenApplicationWithAFindingToReviewWaitsForTheSecretariatNotTheBoard() {
        assertEquals(WaitsFor.SECRETARIAT, ApplicationQueue.waitsFor(ApplicationStatus.UNDER_REVIEW, List.of(MET, TO_REVIEW)));
        assertEquals(TO_REVIEW, ApplicationQueue.toReview(List.of(MET, TO_REVIEW)).orElseThrow());
    }

    @Test
    void anOpenApplicationWithNothingLeftToReviewWaitsForTheBoardsVotes() {
        assertEquals(WaitsFor.BOARD, ApplicationQueue.waitsFor(ApplicationStatus.UNDER_REVIEW, List.of(MET)));
        assertTrue(ApplicationQueue.toReview(List.of(MET)).isEmpty());
    }

    @Test
    void aSubmittedApplicationNotPreScreenedYetWaitsForTheSecretariat() {
        assertEquals(WaitsFor.SECRETARIAT, ApplicationQueue.waitsFor(ApplicationStatus.SUBMITTED, List.of()));
    }

    @Test
    void aDecidedApplicationWaitsForNobodyEvenWithAnUnsettledFinding() {
        for (ApplicationStatus decided : List.of(ApplicationStatus.APPROVED, ApplicationStatus.REJECTED, ApplicationStatus.INELIGIBLE)) {
            assertEquals(WaitsFor.NOBODY, ApplicationQueue.waitsFor(decided, List.of(MET, TO_REVIEW)), decided.name());
        }
    }
}
