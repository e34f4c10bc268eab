package org.partnershipsteward.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Which role may open which page, read from the security constraints of {@code WEB-INF/web.xml} (the
 * declared access table) and the pages under {@code src/main/webapp}, matched the way the servlet
 * container matches: an exact pattern wins over a path prefix, the longest prefix over a shorter one,
 * and constraints with the same pattern add up.
 */
public final class PageAccess {

    private record Constraint(String pattern, Set<String> roles) {
    }

    /** A page and the roles that may open it; empty = public. */
    public record Page(String path, Set<String> roles) {

        public boolean isPublic() {
            return roles.isEmpty();
        }
    }

    private static final Path WEBAPP = Path.of("src/main/webapp");

    private final List<Constraint> constraints;

    private PageAccess(List<Constraint> constraints) {
        this.constraints = constraints;
    }

    public static PageAccess load() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(false);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document xml = factory.newDocumentBuilder().parse(WEBAPP.resolve("WEB-INF/web.xml").toFile());
            List<Constraint> constraints = new ArrayList<>();
            NodeList nodes = xml.getElementsByTagName("security-constraint");
            for (int i = 0; i < nodes.getLength(); i++) {
                Element constraint = (Element) nodes.item(i);
                Set<String> roles = new TreeSet<>();
                NodeList roleNames = constraint.getElementsByTagName("role-name");
                for (int r = 0; r < roleNames.getLength(); r++) {
                    roles.add(roleNames.item(r).getTextContent().trim());
                }
                NodeList patterns = constraint.getElementsByTagName("url-pattern");
                for (int p = 0; p < patterns.getLength(); p++) {
                    constraints.add(new Constraint(patterns.item(p).getTextContent().trim(), roles));
                }
            }
            return new PageAccess(constraints);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read web.xml", e);
        }
    }

    /** Every Faces page of the application (not templates, not error pages), with its roles. */
    public List<Page> pages() {
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            List<Page> pages = files.filter(f -> f.toString().endsWith(".xhtml"))
                    .map(f -> "/" + WEBAPP.relativize(f).toString().replace(java.io.File.separatorChar, '/'))
                    .filter(p -> !p.startsWith("/WEB-INF/") && !p.startsWith("/resources/") && !p.startsWith("/error/"))
                    .sorted().map(p -> new Page(p, roles(p).orElse(Set.of()))).toList();
            if (pages.size() < 10) {
                throw new AssertionError("Found too few pages: " + pages);
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The roles of the most specific matching constraint; empty Optional when no constraint covers the path. */
    Optional<Set<String>> roles(String path) {
        Set<String> exact = union(c -> c.pattern().equals(path));
        if (exact != null) {
            return Optional.of(exact);
        }
        String best = null;
        for (Constraint c : constraints) {
            if (c.pattern().endsWith("/*")) {
                String prefix = c.pattern().substring(0, c.pattern().length() - 1);
                if (path.startsWith(prefix) && (best == null || prefix.length() > best.length())) {
                    best = prefix;
                }
            }
        }
        if (best != null) {
            String pattern = best + "*";
            return Optional.of(union(c -> c.pattern().equals(pattern)));
        }
        return Optional.empty();
    }

    private Set<String> union(java.util.function.Predicate<Constraint> matches) {
        Set<String> roles = null;
        for (Constraint c : constraints) {
            if (matches.test(c)) {
                roles = roles == null ? new TreeSet<>() : roles;
                roles.addAll(c.roles());
            }
        }
        return roles;
    }
}
