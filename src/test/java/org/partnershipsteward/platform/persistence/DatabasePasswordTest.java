package org.partnershipsteward.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
        assertEquals(MYSQL, UrlRoutingDataSource.effectiveUrl(MYSQL), "MySQL/MariaDB keep their own lock wait");
    }
}
