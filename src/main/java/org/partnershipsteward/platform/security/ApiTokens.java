package org.partnershipsteward.platform.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.partnershipsteward.audit.boundary.AuditTrail;
import org.partnershipsteward.platform.config.PartnershipConfig;
import org.partnershipsteward.platform.domain.InvalidInputException;
import org.partnershipsteward.platform.domain.UnknownEntityException;

/**
 * The signed-in user's API tokens (issue 21): create (the secret is returned this once and only its SHA-256 is
 * stored), list without the secret, revoke. Every role may hold tokens; a token acts with its account's roles of the
 * moment ({@link BearerTokens}). Creating and revoking are audited, never with the secret or its hash.
 */
@Stateless
@RolesAllowed({Roles.SECRETARIAT, Roles.BOARD, Roles.MEMBER, Roles.ASSISTANT})
public class ApiTokens {

    /** A token just created: the only time its secret leaves the server. */
    public record Created(long id, String name, String token, LocalDate expiresOn) {
    }

    /** A token as its owner sees it later: no secret. */
    public record View(long id, String name, Instant createdAt, LocalDate expiresOn, Instant revokedAt, String status) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller signedIn;

    @Inject
    AuditTrail audit;

    @Inject
    PartnershipConfig config;

    @Inject
    Clock clock;

    public Created create(String name, LocalDate expiresOn) {
        // the account's row is locked so two requests at once cannot pass the limit of working tokens together
        Account account = em.find(Account.class, caller().getId(), LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        Map<String, String> problems = ApiTokenRules.problems(name, expiresOn, LocalDate.ofInstant(now, config.zone()),
                active(account.getId(), now));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String secret = ApiTokenRules.newSecret();
        ApiToken token = new ApiToken(account.getId(), name.strip(), Tokens.hash(secret), now, expiresOn,
                ApiTokenRules.expiresAt(expiresOn, config.zone()));
        em.persist(token);
        em.flush();
        audit.record("API_TOKEN_CREATED", "Account", account.getId(),
                "token " + token.getId() + " \"" + token.getName() + "\", works until the end of " + expiresOn);
        return new Created(token.getId(), token.getName(), secret, expiresOn);
    }

    /** The caller's tokens, newest first, working or not. */
    public List<View> mine() {
        Instant now = clock.instant();
        return em.createQuery("SELECT t FROM ApiToken t WHERE t.accountId = :a ORDER BY t.createdAt DESC, t.id DESC",
                ApiToken.class).setParameter("a", caller().getId()).getResultStream()
                .map(t -> new View(t.getId(), t.getName(), t.getCreatedAt(), t.getExpiresOn(), t.getRevokedAt(),
                        t.getRevokedAt() != null ? "REVOKED" : t.works(now) ? "ACTIVE" : "EXPIRED"))
                .toList();
    }

    /** Revokes one of the caller's tokens at once; someone else's token is as unknown as a missing one (404). */
    public View revoke(long id) {
        ApiToken token = em.find(ApiToken.class, id);
        Account account = caller();
        if (token == null || token.getAccountId() != account.getId()) {
            throw new UnknownEntityException("API token", id);
        }
        if (token.getRevokedAt() == null) {
            token.revoke(clock.instant());
            audit.record("API_TOKEN_REVOKED", "Account", account.getId(), "token " + id + " \"" + token.getName() + "\"");
        }
        return new View(token.getId(), token.getName(), token.getCreatedAt(), token.getExpiresOn(), token.getRevokedAt(),
                "REVOKED");
    }

    private long active(long accountId, Instant now) {
        return em.createQuery("SELECT COUNT(t) FROM ApiToken t WHERE t.accountId = :a AND t.revokedAt IS NULL "
                + "AND t.expiresAt > :now", Long.class).setParameter("a", accountId).setParameter("now", now).getSingleResult();
    }

    private Account caller() {
        return signedIn.requireAccount();
    }
}
