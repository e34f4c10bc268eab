package org.partnershipsteward.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        assertTrue(UrlRoutingDataSource.effectiveUrl(MYSQL).startsWith(MYSQL + "?useLocalSessionState=true&"));
        assertTrue(UrlRoutingDataSource.effectiveUrl(MYSQL + "?ssl=false").startsWith(MYSQL + "?ssl=false&useLocalSessionState=true&"));
        assertFalse(UrlRoutingDataSource.effectiveUrl(MYSQL + "?useLocalSessionState=false").contains("useLocalSessionState=true"),
                "a URL that says otherwise is kept");
        assertEquals(H2 + ";LOCK_TIMEOUT=20000", UrlRoutingDataSource.effectiveUrl(H2), "not for the embedded database");
    }

    @Test
    void mySqlConnectionsParseEachStatementOncePerConnection() {
        assertEquals(MYSQL + "?useLocalSessionState=true&cachePrepStmts=true&prepStmtCacheSize=250&prepStmtCacheSqlLimit=2048",
                UrlRoutingDataSource.effectiveUrl(MYSQL));
        assertEquals(MYSQL + "?cachePrepStmts=false&useLocalSessionState=true&prepStmtCacheSize=250&prepStmtCacheSqlLimit=2048",
                UrlRoutingDataSource.effectiveUrl(MYSQL + "?cachePrepStmts=false"), "a URL that names an option keeps its own");
        assertFalse(UrlRoutingDataSource.effectiveUrl(H2).contains("cachePrepStmts"), "not for the embedded database");
    }
}
