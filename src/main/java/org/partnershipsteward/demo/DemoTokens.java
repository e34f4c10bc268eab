package org.partnershipsteward.demo;

import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import org.partnershipsteward.platform.security.Account;
import org.partnershipsteward.platform.security.ApiToken;
import org.partnershipsteward.platform.security.ApiTokenRules;
import org.partnershipsteward.platform.security.Tokens;

/**
 * The demo secretariat's API tokens (issue 21): one that expired and one that was revoked, so the tokens page shows
 * what a year of use leaves behind. Neither works; no working demo token exists (a script gets one on the page).
 * The expired one's secret is derived from the demo password, so the tests can prove an expired token is refused.
 */
public final class DemoTokens {

    private DemoTokens() {
    }

    static void load(EntityManager em, Account secretariat, Instant now, ZoneId zone, String demoPassword) {
        long existing = em.createQuery("SELECT COUNT(t) FROM ApiToken t WHERE t.accountId = :a", Long.class)
                .setParameter("a", secretariat.getId()).getSingleResult();
        if (existing > 0) {
            return;
        }
        LocalDate today = LocalDate.ofInstant(now, zone);
        LocalDate lastDay = today.minusDays(30);
        em.persist(new ApiToken(secretariat.getId(), "Spreadsheet import (last year)", Tokens.hash(expiredSecret(demoPassword)),
                now.minusSeconds(86_400L * 300), lastDay, ApiTokenRules.expiresAt(lastDay, zone)));
        ApiToken lost = new ApiToken(secretariat.getId(), "Old laptop", Tokens.hash(ApiTokenRules.newSecret()),
                now.minusSeconds(86_400L * 60), today.plusDays(200), ApiTokenRules.expiresAt(today.plusDays(200), zone));
        lost.revoke(now.minusSeconds(86_400L * 10));
        em.persist(lost);
    }

    /** The secret of the demo's expired token: a function of the demo password, which is public anyway. */
    public static String expiredSecret(String demoPassword) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("demo expired API token:" + demoPassword).getBytes(StandardCharsets.UTF_8));
            return ApiTokenRules.PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
