package org.partnershipsteward.platform.security;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collections;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** A login: an email, a password hash and the roles the caller holds. */
@Entity
@Table(name = "account")
@NamedQuery(name = Account.BY_EMAIL, query = "SELECT a FROM Account a WHERE a.email = :email")
public class Account {

    public static final String BY_EMAIL = "Account.byEmail";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String email;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "password_hash")
    private String passwordHash;

    private boolean enabled = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role")
    private Set<String> roles = new TreeSet<>();

    protected Account() {
    }

    public Account(String email, String displayName, Set<String> roles, Instant createdAt) {
        this.email = normalizeEmail(email);
        this.displayName = displayName;
        this.createdAt = createdAt;
        for (String role : roles) {
            if (!Roles.ALL.contains(role)) {
                throw new IllegalArgumentException("Unknown role " + role);
            }
        }
        this.roles.addAll(roles);
    }

    /** Emails are compared case-insensitively; they are stored in lower case. */
    public static String normalizeEmail(String email) {
        return email == null ? null : email.trim().toLowerCase(Locale.ROOT);
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    /** Adds a role (e.g. BOARD when the member takes a seat). */
    public void grant(String role) {
        if (!Roles.ALL.contains(role)) {
            throw new IllegalArgumentException("Unknown role " + role);
        }
        roles.add(role);
    }

    public void revoke(String role) {
        roles.remove(role);
    }

    /** A person who left the partnership can no longer sign in; their record stays. */
    public void disable() {
        enabled = false;
    }

    /** A member reinstated (e.g. LAPSED back to ACTIVE) signs in again. */
    public void enable() {
        enabled = true;
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    /** The name people see for the account: its name, or its email when it has none. */
    public String shownName() {
        return shownName(displayName, email);
    }

    /** {@link #shownName()} from the two columns, for a query that reads only them. */
    public static String shownName(String displayName, String email) {
        return displayName == null || displayName.isBlank() ? email : displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Set<String> getRoles() {
        return Collections.unmodifiableSet(roles);
    }
}
