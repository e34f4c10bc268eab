package org.partnershipsteward.membership.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * A member's assistant: a person of their own with a login (role ASSISTANT), serving one or more members, their
 * principals. Found by email: the same address named by two members is one assistant with two principals.
 */
@Entity
@Table(name = "assistant")
public class Assistant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "first_name", nullable = false)
    private String firstName;

    @Column(name = "last_name", nullable = false)
    private String lastName;

    @Column(nullable = false)
    private String email;

    private String phone;

    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "assistant_principal", joinColumns = @JoinColumn(name = "assistant_id"))
    @Column(name = "member_id")
    private Set<Long> principals = new TreeSet<>();

    protected Assistant() {
    }

    public Assistant(String firstName, String lastName, String email, Instant now) {
        this.firstName = firstName.strip();
        this.lastName = lastName.strip();
        this.email = email;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Serves one more member; false when they already did. */
    public boolean serve(long memberId, Instant now) {
        boolean added = principals.add(memberId);
        if (added) {
            updatedAt = now;
        }
        return added;
    }

    /** Stops serving the member; false when they did not. */
    public boolean release(long memberId, Instant now) {
        boolean removed = principals.remove(memberId);
        if (removed) {
            updatedAt = now;
        }
        return removed;
    }

    public boolean serves(long memberId) {
        return principals.contains(memberId);
    }

    public void linkAccount(long accountId) {
        this.accountId = accountId;
    }

    /** The assistant keeps their own name and phone current (the email is the login: the secretariat changes it). */
    public void updateContact(String firstName, String lastName, String phone, Instant now) {
        this.firstName = firstName.strip();
        this.lastName = lastName.strip();
        this.phone = phone == null || phone.isBlank() ? null : phone.strip();
        this.updatedAt = now;
    }

    public String fullName() {
        return "-".equals(lastName) ? firstName : firstName + " " + lastName;
    }

    public Long getId() {
        return id;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public Long getAccountId() {
        return accountId;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Set<Long> getPrincipals() {
        return Collections.unmodifiableSet(principals);
    }
}
