package org.partnershipsteward.ballot.boundary;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.partnershipsteward.platform.security.Account;

/**
 * Who speaks for the board's seats today: for each seat its holder, or the alternate acting for it while the seat is
 * vacant or its holder on leave (current members with an enabled login). The seats spoken for are what the majority
 * rule divides; one vote counts per seat. The board component provides it ({@code board.boundary.SeatHolders}), so
 * that membership, which the board builds on, need not know the seats.
 */
public interface BoardRoster {

    /** Seat id → the account that votes for it today; a seat nobody speaks for today is left out. */
    Map<Long, Long> voters();

    /** The accounts that vote for a seat today (each once): who gets the board's notices and votes. */
    List<Account> seated();

    /**
     * Why an account that holds a seat does not vote today (e.g. "You are on leave until 2026-12-20; the alternate
     * ... votes for your seat meanwhile"); empty when it holds no seat at all.
     */
    Optional<String> whyNotVoting(long accountId);
}
