package org.partnershipsteward.membership.control;

import java.util.List;
import java.util.Optional;
import org.partnershipsteward.eligibility.control.Finding;
import org.partnershipsteward.eligibility.entity.FindingOutcome;
import org.partnershipsteward.membership.entity.ApplicationStatus;

/**
 * Whose move an application waits for. An open application with a pre-screen finding that needs a person's review
 * waits for the secretariat (the board is not asked to vote until it is settled); an open one with nothing left to
 * review waits for the board's votes; a decided one waits for nobody.
 */
public final class ApplicationQueue {

    /** Who acts next. */
    public enum WaitsFor {
        SECRETARIAT, BOARD, NOBODY
    }

    private ApplicationQueue() {
    }

    public static WaitsFor waitsFor(ApplicationStatus status, List<Finding> findings) {
        if (!status.open()) {
            return WaitsFor.NOBODY;
        }
        return toReview(findings).isPresent() || status == ApplicationStatus.SUBMITTED ? WaitsFor.SECRETARIAT : WaitsFor.BOARD;
    }

    /** The first finding the secretariat must settle, if any. */
    public static Optional<Finding> toReview(List<Finding> findings) {
        return findings.stream().filter(f -> f.outcome() == FindingOutcome.NEEDS_REVIEW).findFirst();
    }
}
