package org.partnershipsteward.board.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.partnershipsteward.platform.security.Account;

/**
 * Who sits on the board now: the holders of the seats (current members with an enabled login). Their
 * number is what the majority rule divides; only their votes count.
 */
@Dependent
public class BoardRoster {

    @PersistenceContext
    EntityManager em;

    public List<Account> seated() {
        return em.createQuery("SELECT a FROM Account a, Member m, BoardSeat s WHERE s.holderId = m.id "
                + "AND m.accountId = a.id AND a.enabled = TRUE ORDER BY a.email", Account.class).getResultList();
    }
}
