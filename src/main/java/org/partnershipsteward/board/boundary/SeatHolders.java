package org.partnershipsteward.board.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.partnershipsteward.ballot.boundary.BoardRoster;
import org.partnershipsteward.platform.security.Account;

/**
 * The board component's {@link BoardRoster}: for each seat, its holder, or while it is vacant its alternate, who acts
 * for it; each with an enabled login.
 */
@Dependent
public class SeatHolders implements BoardRoster {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<Account> seated() {
        return em.createQuery("SELECT DISTINCT a FROM Account a, Member m, BoardSeat s WHERE "
                + "(s.holderId = m.id OR (s.holderId IS NULL AND s.alternateId = m.id)) "
                + "AND m.accountId = a.id AND a.enabled = TRUE ORDER BY a.email", Account.class).getResultList();
    }
}
