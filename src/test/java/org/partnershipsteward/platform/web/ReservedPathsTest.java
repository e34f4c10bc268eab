package org.partnershipsteward.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The app is deployed at context root {@code /} (README, operations guide). There, a page or a security
 * constraint under {@code /health}, {@code /metrics} or {@code /openapi} takes the path from Payara
 * Micro's MicroProfile endpoints: the scorecard pages once lived under {@code /health/} and their
 * constraint turned {@code GET /health/ready} into a redirect to the login page, so a load balancer's
 * readiness probe no longer saw the database. The integration tests deploy under another context root
 * and cannot see this; this test reads the WAR's sources.
 */
class ReservedPathsTest {

    private static final List<String> RESERVED = List.of("/health", "/metrics", "/openapi");
    private static final Path WEBAPP = Path.of("src/main/webapp");

    @Test
    void noPageLivesUnderAMicroProfileEndpoint() throws IOException {
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            List<String> taken = files.filter(Files::isRegularFile)
                    .map(f -> "/" + WEBAPP.relativize(f).toString().replace('\\', '/'))
                    .filter(ReservedPathsTest::reserved).toList();
            assertEquals(List.of(), taken, "pages or resources under a MicroProfile endpoint's path");
        }
    }

    @Test
    void noSecurityConstraintCoversAMicroProfileEndpoint() throws IOException {
        String webXml = Files.readString(WEBAPP.resolve("WEB-INF/web.xml"));
        Matcher patterns = Pattern.compile("<url-pattern>\\s*([^<\\s]+)\\s*</url-pattern>").matcher(webXml);
        int seen = 0;
        while (patterns.find()) {
            seen++;
            String pattern = patterns.group(1);
            assertTrue(!reserved(pattern) && !pattern.equals("/*"), "web.xml maps " + pattern
                    + ", which covers a path of Payara Micro's MicroProfile endpoints at context root /");
        }
        assertTrue(seen > 10, "the url-patterns of web.xml were read: " + seen);
    }

    @Test
    void theCheckRecognisesTheReservedPaths() {
        assertTrue(reserved("/health/scorecard.xhtml"));
        assertTrue(reserved("/health/*"));
        assertTrue(reserved("/openapi"));
        assertTrue(!reserved("/healthy.xhtml") && !reserved("/partnership/scorecard.xhtml"));
    }

    private static boolean reserved(String path) {
        return RESERVED.stream().anyMatch(r -> path.equals(r) || path.startsWith(r + "/"));
    }
}
