package org.partnershipsteward.membership.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.partnershipsteward.membership.entity.Member;
import org.partnershipsteward.platform.domain.UnknownEntityException;
import org.partnershipsteward.platform.persistence.RenderMemo;
import org.partnershipsteward.platform.security.Caller;

/**
 * The member record of the signed-in caller, for the boundaries of every component that serves "my" pages
 * (my standing, my surveys, my calendar entry). The secretariat's login has no member record.
 */
@RequestScoped
public class CurrentMember {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    /** The caller's member record, if the caller is a member. */
    public Optional<Member> find() {
        return caller.email().flatMap(email -> RenderMemo.of(new MemberByEmail(email), () -> em.createQuery(
                "SELECT m FROM Member m WHERE m.email = :e", Member.class).setParameter("e", email).getResultStream().findFirst()));
    }

    private record MemberByEmail(String email) {
    }

    /** The caller's member record; a caller without one gets the API's 404 for an unknown member. */
    public Member require() {
        return find().orElseThrow(() -> new UnknownEntityException("member for the signed-in account",
                caller.email().orElse("anonymous")));
    }
}
