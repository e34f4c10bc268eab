package org.partnershipsteward.membership.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.partnershipsteward.membership.control.Delegation;
import org.partnershipsteward.membership.entity.Assistant;
import org.partnershipsteward.membership.entity.Member;
import org.partnershipsteward.membership.entity.MemberLeft;
import org.partnershipsteward.platform.security.Accounts;

/**
 * Access follows a member's status, whichever path changed it: every path that ends a membership (the
 * secretariat's status decision, a personnel transition, the board's vote on a compliance proposal) raises
 * {@link MemberLeft}, and here, in the same transaction, the member's login is closed: sign-in, HTTP Basic and open
 * page sessions end at once ({@link Accounts#close}), and so is the login of each of their assistants who then assists
 * no current member. Links mailed to the member check the status themselves.
 */
@Dependent
public class AccessFollowsStatus {

    @PersistenceContext
    EntityManager em;

    @Inject
    Accounts accounts;

    void closeLogin(@Observes MemberLeft event) {
        Member member = em.find(Member.class, event.memberId());
        if (member != null && member.getAccountId() != null && !member.getStatus().current()) {
            accounts.close(member.getAccountId());
        }
        // an assistant who now serves no current member signs in no more (issue 17)
        for (Assistant assistant : assistantsOf(event.memberId())) {
            Set<Long> current = assistant.getPrincipals().stream().filter(id -> {
                Member principal = em.find(Member.class, id);
                return principal != null && principal.getStatus().current();
            }).collect(Collectors.toSet());
            if (!Delegation.loginOpen(current) && assistant.getAccountId() != null) {
                accounts.close(assistant.getAccountId());
            }
        }
    }

    private List<Assistant> assistantsOf(long memberId) {
        return em.createQuery("SELECT a FROM Assistant a JOIN a.principals p WHERE p = :m", Assistant.class)
                .setParameter("m", memberId).getResultList();
    }

    /** A member reinstated (e.g. LAPSED back to ACTIVE) signs in again. */
    void reinstated(Member member) {
        if (member.getAccountId() != null && member.getStatus().current()) {
            accounts.reopen(member.getAccountId());
        }
        if (member.getStatus().current()) {
            assistantsOf(member.getId()).stream().filter(a -> a.getAccountId() != null)
                    .forEach(a -> accounts.reopen(a.getAccountId()));
        }
    }
}
