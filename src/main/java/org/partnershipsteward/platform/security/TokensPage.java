package org.partnershipsteward.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.partnershipsteward.platform.config.PartnershipConfig;
import org.partnershipsteward.platform.web.Messages;

/** {@code /tokens.xhtml}: the signed-in user's API tokens; a new token's secret is shown in the answer to creating it, once. */
@Named
@RequestScoped
public class TokensPage {

    @Inject
    ApiTokens tokens;

    @Inject
    PartnershipConfig config;

    @Inject
    Clock clock;

    private String name;
    private LocalDate expiresOn;
    private ApiTokens.Created created;
    private List<ApiTokens.View> rows;

    public void create() {
        created = Messages.attempt(() -> tokens.create(name, expiresOn));
        if (created != null) {
            name = null;
            expiresOn = null;
            rows = null;
        }
    }

    public void revoke(long id) {
        ApiTokens.View revoked = Messages.attempt(() -> tokens.revoke(id));
        if (revoked != null) {
            Messages.info("Token \"" + revoked.name() + "\" is revoked: calls with it are refused from now on.");
            rows = null;
        }
    }

    public List<ApiTokens.View> getRows() {
        if (rows == null) {
            rows = tokens.mine();
        }
        return rows;
    }

    /** The default expiry offered: 90 days ahead. */
    public LocalDate getSuggestedExpiry() {
        return LocalDate.now(clock.withZone(config.zone())).plusDays(90);
    }

    public int getMaxDays() {
        return ApiTokenRules.MAX_DAYS;
    }

    public ApiTokens.Created getCreated() {
        return created;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public void setExpiresOn(LocalDate expiresOn) {
        this.expiresOn = expiresOn;
    }
}
