package org.partnershipsteward.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class DatabasePasswordTest {

    static final String MYSQL = "jdbc:mysql://127.0.0.1:3306/steward";
    static final String H2 = "jdbc:h2:mem:x;MODE=MySQL";

    @Test
    void aMysqlUserWithoutPasswordGetsNoPasswordWhenTheValueIsEmptyOrUnset() {
        // before: microprofile-config.properties gave "steward", and MicroProfile Config reads "" as unset
        assertEquals("", UrlRoutingDataSource.effectivePassword(MYSQL, ""));
        assertEquals("", UrlRoutingDataSource.effectivePassword(MYSQL, null));
        assertEquals("", UrlRoutingDataSource.effectivePassword(MYSQL, "${MPCONFIG=partnership.db.password}"));
    }

    @Test
    void aConfiguredPasswordIsSentAsIs() {
        assertEquals("s3cret", UrlRoutingDataSource.effectivePassword(MYSQL, "s3cret"));
        assertEquals("other", UrlRoutingDataSource.effectivePassword(H2, "other"));
    }

    @Test
    void theEmbeddedDatabaseKeepsItsDefaultPassword() {
        assertEquals("steward", UrlRoutingDataSource.effectivePassword(H2, null));
        assertEquals("steward", UrlRoutingDataSource.effectivePassword(H2, ""));
    }

    @Test
    void theEmbeddedDatabaseWaitsTwentySecondsForARowLockUnlessItsUrlSaysOtherwise() {
        assertEquals(H2 + ";LOCK_TIMEOUT=20000", UrlRoutingDataSource.effectiveUrl(H2));
        assertEquals(H2 + ";lock_timeout=500", UrlRoutingDataSource.effectiveUrl(H2 + ";lock_timeout=500"));
        assertFalse(UrlRoutingDataSource.effectiveUrl(MYSQL).toUpperCase(java.util.Locale.ROOT).contains("LOCK_TIMEOUT"),
                "MySQL/MariaDB keep their own lock wait");
    }

    @Test
    void mySqlConnectionsRememberTheirSessionStateInsteadOfAskingTheServerOnEveryCheckout() {
        assertEquals(MYSQL + "?useLocalSessionState=true", UrlRoutingDataSource.effectiveUrl(MYSQL));
        assertEquals(MYSQL + "?ssl=false&useLocalSessionState=true", UrlRoutingDataSource.effectiveUrl(MYSQL + "?ssl=false"));
        assertEquals(MYSQL + "?useLocalSessionState=false", UrlRoutingDataSource.effectiveUrl(MYSQL + "?useLocalSessionState=false"),
                "a URL that says otherwise is kept");
        assertEquals(H2 + ";LOCK_TIMEOUT=20000", UrlRoutingDataSource.effectiveUrl(H2), "not for the embedded database");
    }
}
