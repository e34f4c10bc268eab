package org.partnershipsteward.ballot.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.partnershipsteward.ballot.entity.BoardVote;
import org.partnershipsteward.ballot.entity.SubjectKind;
import org.partnershipsteward.ballot.entity.VoteDecision;
import org.partnershipsteward.platform.security.Account;

/** "Your vote" on every board queue: the seat's vote, whoever cast it (issue 17: an acting alternate's vote stands). */
class BallotVoteOfTest {

    private static final long SEAT = 4;
    private static final long HOLDER = 40;
    private static final long ALTERNATE = 41;
    private static final long OTHER_SEAT = 5;
    private static final long OTHER_HOLDER = 50;

    private static Ballot ballotWith(Map<Long, Long> votersToday) {
        Ballot ballot = new Ballot();
        ballot.roster = new BoardRoster() {
            @Override
            public Map<Long, Long> voters() {
                return votersToday;
            }

            @Override
            public List<Account> seated() {
                return List.of();
            }

            @Override
            public Optional<String> whyNotVoting(long accountId) {
                return Optional.empty();
            }
        };
        return ballot;
    }

    private static BoardVote vote(long seat, long voter, VoteDecision decision) {
        return new BoardVote(SubjectKind.APPLICATION, 7, 0, seat, voter, decision, null, Instant.parse("2026-12-01T10:00:00Z"));
    }

    @Test
    void theHolderBackFromLeaveSeesTheVoteTheirAlternateCastForTheSeat() {
        Ballot ballot = ballotWith(Map.of(SEAT, HOLDER, OTHER_SEAT, OTHER_HOLDER));
        List<BoardVote> votes = List.of(vote(SEAT, ALTERNATE, VoteDecision.APPROVE), vote(OTHER_SEAT, OTHER_HOLDER, VoteDecision.REJECT));

        assertEquals(Optional.of(VoteDecision.APPROVE), ballot.voteOf(HOLDER, votes));
    }

    @Test
    void theAlternateActingForTheSeatSeesItsVoteToo() {
        Ballot ballot = ballotWith(Map.of(SEAT, ALTERNATE));

        assertEquals(Optional.of(VoteDecision.REJECT), ballot.voteOf(ALTERNATE, List.of(vote(SEAT, HOLDER, VoteDecision.REJECT))));
    }

    @Test
    void someoneWhoSpeaksForNoSeatTodaySeesTheirOwnLastVote() {
        Ballot ballot = ballotWith(Map.of(SEAT, HOLDER));

        assertEquals(Optional.of(VoteDecision.APPROVE), ballot.voteOf(ALTERNATE, List.of(vote(SEAT, ALTERNATE, VoteDecision.APPROVE))));
    }

    @Test
    void nothingWhenTheSeatHasNotVoted() {
        Ballot ballot = ballotWith(Map.of(SEAT, HOLDER, OTHER_SEAT, OTHER_HOLDER));

        assertEquals(Optional.empty(), ballot.voteOf(HOLDER, List.of(vote(OTHER_SEAT, OTHER_HOLDER, VoteDecision.APPROVE))));
    }
}
