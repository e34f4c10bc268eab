package org.partnershipsteward.incident.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * An acknowledgement link ({@code /alert/{token}}): only the SHA-256 of the random token is stored, with the recipient
 * row it names, so an answer through it is always that member's. Each mail to a member carries its own.
 */
@Entity
@Table(name = "alert_link")
public class AlertLink {

    @Id
    @Column(name = "token_hash")
    private String tokenHash;

    @Column(name = "recipient_id", nullable = false)
    private Long recipientId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected AlertLink() {
    }

    public AlertLink(String tokenHash, long recipientId, Instant createdAt) {
        this.tokenHash = Objects.requireNonNull(tokenHash, "tokenHash");
        this.recipientId = recipientId;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    public Long getRecipientId() {
        return recipientId;
    }
}
