package org.partnershipsteward.platform.security;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.partnershipsteward.platform.persistence.DataSourceConfiguration;
import org.partnershipsteward.platform.persistence.PlainReads;

/**
 * Who an {@code Authorization: Bearer} token speaks for, asked on every API call that sends one: one indexed query by
 * the token's SHA-256 that also checks that it is neither revoked nor expired and that its account is open, and yields
 * the account's roles <em>of the moment</em> (a role taken away is gone from the next call). Nothing is cached, so a
 * revocation or a closed account counts at once on every instance.
 * <p>
 * Read with plain JDBC from the application's pool rather than through the persistence context: two columns of a
 * join need no entities, and an entity manager and unit of work built and dropped for every API call cost more than
 * the query (docs/quality.md, issue 21 session 10). Outside any transaction, as the mechanism runs before the call.
 */
@ApplicationScoped
public class BearerTokens {

    /** The caller a working token names. */
    public record Caller(String email, Set<String> roles) {
    }

    static final String QUERY = "SELECT a.email, r.role FROM api_token t "
            + "JOIN account a ON a.id = t.account_id LEFT JOIN account_role r ON r.account_id = a.id "
            + "WHERE t.token_hash = ? AND t.revoked_at IS NULL AND t.expires_at > ? AND a.enabled = TRUE";

    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    DataSource dataSource;

    @Inject
    Clock clock;

    /**
     * The caller, or empty for a malformed, unknown, revoked or expired token or a closed account. A database that
     * does not answer is a {@link PersistenceException} with the driver's exception as its cause.
     */
    public Optional<Caller> authenticate(String secret) {
        if (!ApiTokenRules.wellFormed(secret)) {
            return Optional.empty();
        }
        return PlainReads.read(dataSource, QUERY, query -> {
            query.setString(1, Tokens.hash(secret));
            query.setTimestamp(2, Timestamp.from(clock.instant()));
        }, rows -> {
            String email = null;
            Set<String> roles = new TreeSet<>();
            while (rows.next()) {
                email = rows.getString(1);
                String role = rows.getString(2);
                if (role != null) {
                    roles.add(role);
                }
            }
            return email == null ? Optional.<Caller>empty() : Optional.of(new Caller(email, roles));
        }, "The API token could not be checked");
    }
}
