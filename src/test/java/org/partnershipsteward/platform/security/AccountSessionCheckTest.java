package org.partnershipsteward.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.lang.reflect.Proxy;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.partnershipsteward.platform.persistence.DatabaseOutage;

/** The session's account, read on every page request ({@link AccountIdentityStore#open}), when the database does not answer. */
class AccountSessionCheckTest {

    /** A page request whose session could not be checked is an outage (503 with Retry-After), never a signed-out caller. */
    @Test
    void aDatabaseThatDoesNotAnswerIsAnOutageNotAClosedAccount() {
        AtomicInteger connections = new AtomicInteger();
        AccountIdentityStore store = new AccountIdentityStore();
        store.dataSource = (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getConnection")) {
                        connections.incrementAndGet();
                        throw new SQLException("Error in allocating a connection. Cause: Connection could not be allocated "
                                + "because: Could not create connection to database server.");
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        PersistenceException e = assertThrows(PersistenceException.class, () -> store.open("Member@Example.org"));
        assertEquals(1, connections.get());
        assertTrue(DatabaseOutage.causedBy(e), "AuthenticationByPath answers it as an outage");
    }
}
