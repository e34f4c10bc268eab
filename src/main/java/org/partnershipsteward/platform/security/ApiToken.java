package org.partnershipsteward.platform.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A named, revocable API token of an account (issue 21). Only the SHA-256 of the secret is kept; the token has no
 * roles of its own, a call with it acts with the account's roles of the moment.
 */
@Entity
@Table(name = "api_token")
public class ApiToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(nullable = false, length = ApiTokenRules.MAX_NAME_LENGTH)
    private String name;

    @Column(name = "token_hash", nullable = false)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_on", nullable = false)
    private LocalDate expiresOn;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected ApiToken() {
    }

    public ApiToken(long accountId, String name, String tokenHash, Instant createdAt, LocalDate expiresOn, Instant expiresAt) {
        this.accountId = accountId;
        this.name = name;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.expiresOn = expiresOn;
        this.expiresAt = expiresAt;
    }

    /** Stops the token at once; revoking twice keeps the first moment. */
    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public boolean works(Instant now) {
        return ApiTokenRules.works(expiresAt, revokedAt, now);
    }

    public Long getId() {
        return id;
    }

    public long getAccountId() {
        return accountId;
    }

    public String getName() {
        return name;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    @Override
    public String toString() {
        return "ApiToken " + id + " \"" + name + "\""; // never the hash, never the secret
    }
}
