package org.partnershipsteward.platform.rest;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * {@code GET /openapi}: the hand-written OpenAPI document (META-INF/openapi.yaml, ADR 0003) in the format the client
 * asks for. Payara's own MicroProfile endpoint answered {@code Accept: application/yaml} (RFC 9512) with 406; it is
 * moved out of the way in the pre-boot file, and this servlet negotiates: YAML as {@code application/yaml} (also for
 * {@code text/yaml}, {@code application/vnd.oai.openapi}, {@code *}{@code /*} or no Accept), plain text for a client
 * that asks only for {@code text/plain}, JSON for {@code application/json}; MicroProfile's {@code ?format=JSON|YAML}
 * wins over the header. Anything else is a 406 that lists what is offered.
 */
@WebServlet(urlPatterns = "/openapi", loadOnStartup = 1)
public class OpenApiDocument extends HttpServlet {

    static final String YAML = "application/yaml";
    static final String JSON = "application/json";
    static final String TEXT = "text/plain";

    private String yaml;
    private String json;

    @Override
    public void init() throws ServletException {
        try (InputStream in = OpenApiDocument.class.getResourceAsStream("/META-INF/openapi.yaml")) {
            if (in == null) {
                throw new ServletException("META-INF/openapi.yaml is missing from the WAR");
            }
            yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ServletException(e);
        }
        json = toJson(yaml);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<String> type = choose(request.getParameter("format"), request.getHeader("Accept"));
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Vary", "Accept");
        if (type.isEmpty()) {
            response.setStatus(406);
            response.setContentType("application/problem+json");
            response.getWriter().write("{\"type\":\"about:blank\",\"status\":406,\"title\":\"Not Acceptable\",\"detail\":"
                    + "\"The OpenAPI document is offered as application/yaml, application/json or text/plain.\"}");
            return;
        }
        response.setContentType(type.get());
        response.getWriter().write(type.get().equals(JSON) ? json : yaml);
    }

    /**
     * The media type to answer with: {@code format} (MicroProfile's query parameter) first, then the Accept header's
     * highest-q type that is offered; empty when nothing offered is acceptable.
     */
    static Optional<String> choose(String format, String accept) {
        if (format != null && !format.isBlank()) {
            return switch (format.trim().toUpperCase(Locale.ROOT)) {
                case "JSON" -> Optional.of(JSON);
                case "YAML" -> Optional.of(YAML);
                default -> Optional.empty();
            };
        }
        if (accept == null || accept.isBlank()) {
            return Optional.of(YAML);
        }
        String best = null;
        double bestQ = 0;
        for (String part : accept.split(",", 50)) {
            String[] pieces = part.split(";");
            String range = pieces[0].trim().toLowerCase(Locale.ROOT);
            double q = 1;
            for (int i = 1; i < pieces.length; i++) {
                String p = pieces[i].trim();
                if (p.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(p.substring(2));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            String offered = offered(range);
            if (offered != null && q > bestQ) {
                best = offered;
                bestQ = q;
            }
        }
        return Optional.ofNullable(best);
    }

    private static String offered(String range) {
        return switch (range) {
            case "application/yaml", "application/x-yaml", "text/yaml", "text/x-yaml", "application/vnd.oai.openapi",
                    "*/*", "application/*" -> YAML;
            case "application/json", "application/vnd.oai.openapi+json" -> JSON;
            case "text/plain", "text/*" -> TEXT;
            default -> null;
        };
    }

    /** The same document as JSON (read with SnakeYAML's safe constructor: plain maps, lists and scalars only). */
    static String toJson(String yamlText) {
        Object tree = new Yaml(new SafeConstructor(new LoaderOptions())).load(yamlText);
        StringWriter out = new StringWriter();
        Json.createWriter(out).write(toJsonValue(tree));
        return out.toString();
    }

    private static JsonValue toJsonValue(Object node) {
        if (node instanceof Map<?, ?> map) {
            JsonObjectBuilder object = Json.createObjectBuilder();
            map.forEach((k, v) -> object.add(String.valueOf(k), toJsonValue(v)));
            return object.build();
        }
        if (node instanceof List<?> list) {
            JsonArrayBuilder array = Json.createArrayBuilder();
            list.forEach(v -> array.add(toJsonValue(v)));
            return array.build();
        }
        if (node == null) {
            return JsonValue.NULL;
        }
        if (node instanceof Boolean b) {
            return b ? JsonValue.TRUE : JsonValue.FALSE;
        }
        if (node instanceof Integer || node instanceof Long) {
            return Json.createValue(((Number) node).longValue());
        }
        if (node instanceof BigInteger big) {
            return Json.createValue(big);
        }
        if (node instanceof Double || node instanceof Float) {
            return Json.createValue(BigDecimal.valueOf(((Number) node).doubleValue()));
        }
        return Json.createValue(String.valueOf(node));
    }
}
