package org.partnershipsteward.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class AuthenticationTest {

    private static String basic(String raw) {
        return "Basic " + Base64.getEncoder().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void basicHeaderYieldsEmailAndPasswordWithColonsInThePassword() {
        var credential = ApiAuthentication.parseBasic(basic("chief@example.org:pa:ss")).orElseThrow();
        assertEquals("chief@example.org", credential.getCaller());
        assertEquals("pa:ss", credential.getPasswordAsString());
    }

    @Test
    void malformedOrMissingBasicHeadersAreIgnored() {
        assertTrue(ApiAuthentication.parseBasic(null).isEmpty());
        assertTrue(ApiAuthentication.parseBasic("Bearer abc").isEmpty());
        assertTrue(ApiAuthentication.parseBasic("Basic !!!notbase64").isEmpty());
        assertTrue(ApiAuthentication.parseBasic(basic("no-colon")).isEmpty());
        assertTrue(ApiAuthentication.parseBasic(basic(":password-only")).isEmpty());
    }

    @Test
    void loginReturnsOnlyToPathsInsideTheApplication() {
        LoginPage page = new LoginPage();
        page.setNext("/organizations/index.xhtml");
        assertEquals("/organizations/index.xhtml", page.safeNext());
        for (String hostile : new String[] {"https://evil.example/", "//evil.example", "/\\evil", null, "",
                "/login.xhtml?next=/x"}) {
            page.setNext(hostile);
            assertEquals("/index.xhtml", page.safeNext(), String.valueOf(hostile));
        }
    }

    @Test
    void emailsAreComparedCaseInsensitively() {
        assertEquals("chief@example.org", Account.normalizeEmail("  Chief@Example.ORG "));
    }
}
