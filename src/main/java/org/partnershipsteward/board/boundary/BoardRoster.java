package org.partnershipsteward.board.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.partnershipsteward.platform.security.Account;
import org.partnershipsteward.platform.security.Roles;

/**
 * Who sits on the board now: the accounts whose votes count and whose number the majority rule
 * divides. Seated means an enabled account holding the BOARD role.
 */
@Dependent
public class BoardRoster {

    @PersistenceContext
    EntityManager em;

    public List<Account> seated() {
        return em.createQuery("SELECT DISTINCT a FROM Account a JOIN a.roles r WHERE r = :role AND a.enabled = TRUE "
                + "ORDER BY a.email", Account.class).setParameter("role", Roles.BOARD).getResultList();
    }

    public boolean isSeated(long accountId) {
        return seated().stream().anyMatch(a -> a.getId() == accountId);
    }
}
