package org.partnershipsteward.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecurityHeadersTest {

    /** The headers the filter sets on a response (a recording stand-in for the servlet response). */
    private static Map<String, String> headers(boolean secure, String hsts) {
        Map<String, String> set = new HashMap<>();
        HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(SecurityHeadersTest.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> {
                    if (method.getName().equals("setHeader")) {
                        set.put((String) args[0], (String) args[1]);
                    }
                    return null;
                });
        SecurityHeaders.apply(secure, hsts, response);
        return set;
    }

    @Test
    void framingSniffingAndForeignScriptsAreRefused() {
        Map<String, String> h = headers(false, "auto");
        assertTrue(h.get("Content-Security-Policy").contains("frame-ancestors 'none'"));
        assertTrue(h.get("Content-Security-Policy").contains("object-src 'none'"));
        assertTrue(h.get("Content-Security-Policy").contains("form-action 'self'"));
        assertEquals("DENY", h.get("X-Frame-Options"));
        assertEquals("nosniff", h.get("X-Content-Type-Options"));
        assertEquals("strict-origin-when-cross-origin", h.get("Referrer-Policy"));
    }

    @Test
    void hstsIsSentOverHttpsByDefaultAlwaysWhenConfiguredAndNeverWhenOff() {
        assertFalse(headers(false, "auto").containsKey("Strict-Transport-Security"));
        assertTrue(headers(true, "auto").containsKey("Strict-Transport-Security"));
        assertTrue(headers(false, "always").containsKey("Strict-Transport-Security"), "behind a TLS proxy");
        assertFalse(headers(true, "off").containsKey("Strict-Transport-Security"));
    }
}
