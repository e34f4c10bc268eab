package org.partnershipsteward.membership.boundary;

import java.time.Instant;
import java.util.List;
import org.partnershipsteward.eligibility.control.Finding;
import org.partnershipsteward.membership.entity.Application;
import org.partnershipsteward.ballot.entity.BoardVote;

/** An application as the API shows it, with its findings and (for the secretariat and board) the votes. */
public record ApplicationView(long id, String firstName, String lastName, String email, String title,
        long organizationId, String criterion, Long sponsorMemberId, String status, List<Finding> findings,
        List<VoteView> votes, String reviewNote, String decisionReason, Long memberId, Instant createdAt,
        Instant decidedAt) {

    /** One seat's vote: who cast it ({@code voterId}, an account) for which seat ({@code seatId}; null before V17). */
    public record VoteView(long voterId, Long seatId, String decision, String comment, Instant castAt) {
    }

    public static ApplicationView of(Application a, List<BoardVote> votes) {
        return new ApplicationView(a.getId(), a.getFirstName(), a.getLastName(), a.getEmail(), a.getTitle(),
                a.getOrganizationId(), a.getCriterion().name(), a.getSponsorMemberId(), a.getStatus().name(),
                Applications.findings(a), votes == null ? null : votes.stream().map(v -> new VoteView(
                        v.getVoterAccountId(), v.getSeatId(), v.getDecision().name(), v.getComment(), v.getCastAt())).toList(),
                a.getReviewNote(), a.getDecisionReason(), a.getMemberId(), a.getCreatedAt(), a.getDecidedAt());
    }
}
