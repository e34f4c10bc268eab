package org.partnershipsteward.membership.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.partnershipsteward.audit.boundary.AuditTrail;
import org.partnershipsteward.membership.control.Delegation;
import org.partnershipsteward.membership.entity.Assistant;
import org.partnershipsteward.membership.entity.Member;
import org.partnershipsteward.platform.domain.ConflictException;
import org.partnershipsteward.platform.domain.UnknownEntityException;
import org.partnershipsteward.platform.security.Account;
import org.partnershipsteward.platform.security.Accounts;
import org.partnershipsteward.platform.security.Caller;
import org.partnershipsteward.platform.security.PasswordLinks;
import org.partnershipsteward.platform.security.Roles;

/**
 * Members' assistants with a login of their own (issue 17): the member (or the secretariat) names and removes them;
 * an assistant keeps their own details and acts only for their principals ({@link Delegation}). One person, one
 * assistant row and one login, however many members they serve; the last principal gone closes the login.
 */
@Stateless
@RolesAllowed({Roles.SECRETARIAT, Roles.BOARD, Roles.MEMBER})
public class Assistants {

    static final Duration WELCOME_LINK_VALIDITY = Duration.ofDays(14);

    @PersistenceContext
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    PasswordLinks passwordLinks;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    SecurityContext security;

    @Inject
    Caller caller;

    @Inject
    CurrentMember currentMember;

    @Inject
    Event<AssistantNamed> named;

    /** Names an assistant for the member: their login (role ASSISTANT) and a set-password link by mail. */
    public Assistant name(long memberId, @NotNull(message = "a JSON body is required") @Valid AssistantRequest request) {
        Member member = managed(memberId);
        if (!member.getStatus().current()) {
            throw new ConflictException("Only a current member names assistants");
        }
        String email = Account.normalizeEmail(request.email());
        if (email.equals(member.getEmail())) {
            throw new ConflictException("A member is not their own assistant");
        }
        Optional<Account> existing = accounts.byEmail(email);
        if (existing.isPresent() && !Set.of(Roles.ASSISTANT).equals(existing.get().getRoles())) {
            throw new ConflictException("This address already signs in to the portal with another role; "
                    + "an assistant needs an address of their own");
        }
        Assistant assistant = byEmail(email).orElseGet(() -> {
            Assistant a = new Assistant(request.firstName(), request.lastName(), email, clock.instant());
            em.persist(a);
            return a;
        });
        Account account = existing.orElseGet(() -> accounts.createIfAbsent(email, request.firstName().strip() + " "
                + request.lastName().strip(), Set.of(Roles.ASSISTANT), null));
        accounts.reopen(account.getId()); // an assistant named again after their last principal removed them
        assistant.linkAccount(account.getId());
        boolean added = assistant.serve(memberId, clock.instant());
        em.flush();
        if (added) {
            audit.record("ASSISTANT_NAMED", "Member", memberId, assistant.fullName() + " <" + email + "> assists "
                    + member.fullName());
            String link = account.getPasswordHash() == null
                    ? passwordLinks.issue(account.getId(), PasswordLinks.Purpose.WELCOME, WELCOME_LINK_VALIDITY) : null;
            named.fire(new AssistantNamed(assistant.getId(), email, assistant.fullName(), member.fullName(), link));
        }
        return assistant;
    }

    /** The member's assistants. */
    public List<Assistant> of(long memberId) {
        managed(memberId);
        return serving(memberId);
    }

    /** Removes the assistant from the member; their login closes when they serve nobody any more. */
    public void remove(long memberId, long assistantId) {
        Member member = managed(memberId);
        Assistant assistant = em.find(Assistant.class, assistantId);
        if (assistant == null || !assistant.release(memberId, clock.instant())) {
            throw new UnknownEntityException("assistant of member " + memberId, assistantId);
        }
        audit.record("ASSISTANT_REMOVED", "Member", memberId, assistant.fullName() + " <" + assistant.getEmail()
                + "> no longer assists " + member.fullName());
        if (!Delegation.loginOpen(assistant.getPrincipals()) && assistant.getAccountId() != null) {
            accounts.close(assistant.getAccountId());
        }
    }

    /** Whether the caller may manage the member's assistants (for pages that offer the form). */
    public boolean mayManage(long memberId) {
        return Delegation.mayManageAssistants(callerRoles(), currentMember.find().map(Member::getId).orElse(null), memberId);
    }

    /**
     * Those who get a copy of the member's notices: every assistant serving them. For the notice observers, which
     * run in the deciding transaction, whoever decided (a timer has no caller).
     */
    @PermitAll
    public List<Assistant> copiesFor(long memberId) {
        return serving(memberId);
    }

    /** The signed-in assistant. */
    @RolesAllowed(Roles.ASSISTANT)
    public Assistant me() {
        String email = caller.email().orElseThrow(() -> new EJBAccessException("not signed in"));
        return byEmail(email).orElseThrow(() -> new UnknownEntityException("assistant for the signed-in account", email));
    }

    /** The assistant keeps their name and phone current. */
    @RolesAllowed(Roles.ASSISTANT)
    public Assistant updateMe(@NotNull(message = "a JSON body is required") @Valid AssistantContactRequest request) {
        Assistant me = me();
        me.updateContact(request.firstName(), request.lastName(), request.phone(), clock.instant());
        audit.record("ASSISTANT_CONTACT_UPDATED", "Assistant", me.getId(), me.fullName());
        return me;
    }

    /** The current members the signed-in assistant serves, by name. */
    @RolesAllowed(Roles.ASSISTANT)
    public List<Member> principals() {
        Set<Long> ids = me().getPrincipals();
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT m FROM Member m WHERE m.id IN :ids ORDER BY m.lastName, m.firstName", Member.class)
                .setParameter("ids", ids).getResultStream().filter(m -> m.getStatus().current()).toList();
    }

    /**
     * The principal the signed-in assistant acts for, checked by {@link Delegation#answerer}: an assistant of A acting
     * for B is refused (403), as is one for a member who left.
     */
    @RolesAllowed(Roles.ASSISTANT)
    public Member actFor(long memberId) {
        Assistant me = me();
        Member member = em.find(Member.class, memberId);
        if (Delegation.answerer(callerRoles(), null, me.getPrincipals(), memberId) != Delegation.Answerer.ASSISTANT
                || member == null || !member.getStatus().current()) {
            throw new EJBAccessException("An assistant acts only for the members they assist");
        }
        return member;
    }

    private Member managed(long memberId) {
        Member member = em.find(Member.class, memberId);
        if (member == null) {
            throw new UnknownEntityException("member", memberId);
        }
        if (!mayManage(memberId)) {
            throw new EJBAccessException("Only the secretariat and the member themself name the member's assistants");
        }
        return member;
    }

    private List<Assistant> serving(long memberId) {
        return em.createQuery("SELECT a FROM Assistant a JOIN a.principals p WHERE p = :m ORDER BY a.lastName, a.firstName",
                Assistant.class).setParameter("m", memberId).getResultList();
    }

    private Optional<Assistant> byEmail(String email) {
        return em.createQuery("SELECT a FROM Assistant a WHERE a.email = :e", Assistant.class)
                .setParameter("e", Account.normalizeEmail(email)).getResultStream().findFirst();
    }

    private Set<String> callerRoles() {
        return Roles.ALL.stream().filter(security::isCallerInRole).collect(Collectors.toSet());
    }
}
