package org.partnershipsteward.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The name the header and greetings show for an account: one rule for the session check and the first request. */
class AccountNameTest {

    @Test
    void anAccountIsShownByItsName() {
        assertEquals("Dana Whitfield", Account.shownName("Dana Whitfield", "dana@steward.example"));
    }

    @Test
    void anAccountWithoutANameIsShownByItsEmail() {
        assertEquals("dana@steward.example", Account.shownName(null, "dana@steward.example"));
        assertEquals("dana@steward.example", Account.shownName("  ", "dana@steward.example"));
    }

    @Test
    void theAccountAppliesTheSameRule() {
        assertEquals("pat@steward.example", new Account("pat@steward.example", "", java.util.Set.of(Roles.MEMBER),
                java.time.Instant.EPOCH).shownName());
        assertEquals("Pat Lee", new Account("pat@steward.example", "Pat Lee", java.util.Set.of(Roles.MEMBER),
                java.time.Instant.EPOCH).shownName());
    }
}
