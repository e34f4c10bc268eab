package org.partnershipsteward.membership.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.partnershipsteward.membership.entity.Member;
import org.partnershipsteward.membership.entity.MemberLeft;
import org.partnershipsteward.platform.security.Accounts;

/**
 * Access follows a member's status, whichever path changed it: every path that ends a membership (the
 * secretariat's status decision, a personnel transition, the board's vote on a compliance proposal) raises
 * {@link MemberLeft}, and here, in the same transaction, the member's login is closed: sign-in, HTTP Basic and open
 * page sessions end at once ({@link Accounts#close}). Links mailed to the member check the status themselves.
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
    }

    /** A member reinstated (e.g. LAPSED back to ACTIVE) signs in again. */
    void reinstated(Member member) {
        if (member.getAccountId() != null && member.getStatus().current()) {
            accounts.reopen(member.getAccountId());
        }
    }
}
