package org.partnershipsteward.notice.control;

/** Who a notice goes to: a display name (may be blank) and an email address. */
public record Recipient(String name, String email) {

    public Recipient {
        if (email == null || email.isBlank()) {
            throw new IllegalArgumentException("recipient email is required");
        }
        name = name == null ? "" : name.strip();
        email = email.strip();
    }
}
