package org.partnershipsteward.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.lang.reflect.Proxy;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.partnershipsteward.platform.persistence.DatabaseOutage;

/** The API token check outside the database's answers: what it refuses unasked, and a database that does not answer. */
class BearerTokensTest {

    private final AtomicInteger connections = new AtomicInteger();

    private BearerTokens tokens(SQLException failure) {
        BearerTokens tokens = new BearerTokens();
        tokens.clock = Clock.systemUTC();
        tokens.dataSource = (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getConnection")) {
                        connections.incrementAndGet();
                        throw failure;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        return tokens;
    }

    @Test
    void aMalformedTokenIsRefusedWithoutAskingTheDatabase() {
        BearerTokens tokens = tokens(new SQLException("not expected"));
        assertEquals(Optional.empty(), tokens.authenticate("not a token"));
        assertEquals(Optional.empty(), tokens.authenticate(Tokens.random()),
                "an invitation link's token is not an API token");
        assertEquals(Optional.empty(), tokens.authenticate(""));
        assertEquals(Optional.empty(), tokens.authenticate(null));
        assertEquals(0, connections.get());
    }

    /** A token the database could not check is an outage (503 with Retry-After), never "not valid" (401). */
    @Test
    void aDatabaseThatDoesNotAnswerIsAnOutageNotARefusal() {
        BearerTokens tokens = tokens(new SQLException("Error in allocating a connection. Cause: Connection could not be "
                + "allocated because: Could not create connection to database server."));
        PersistenceException e = assertThrows(PersistenceException.class,
                () -> tokens.authenticate(ApiTokenRules.newSecret()));
        assertEquals(1, connections.get());
        assertTrue(DatabaseOutage.causedBy(e), "AuthenticationByPath answers it as an outage");
    }
}
