package org.partnershipsteward.ballot.boundary;

import java.util.List;
import org.partnershipsteward.platform.security.Account;

/**
 * Who sits on the board now: the holders of the seats, and the alternates acting for vacant ones (current
 * members with an enabled login). Their
 * number is what the majority rule divides; only their votes count. The board component provides it
 * ({@code board.boundary.SeatHolders}), so that membership, which the board builds on, need not know
 * the seats.
 */
public interface BoardRoster {

    List<Account> seated();
}
