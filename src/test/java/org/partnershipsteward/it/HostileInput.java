package org.partnershipsteward.it;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Malformed and hostile request bodies generated from an OpenAPI request schema: a plausible body, then
 * one field at a time made wrong (type, enum, size, format, missing), whole bodies that are not JSON or
 * not the expected shape, and text payloads (SQL, script, unicode) that a server may accept as text.
 */
public final class HostileInput {

    /** One request body; {@code mustRefuse}: a 4xx is the only right answer. */
    public record Probe(String label, String contentType, String body, boolean mustRefuse) {
    }

    public static final String HUGE = "A".repeat(100_000);
    public static final List<String> TEXTS = List.of(
            "x'); DROP TABLE member; --", "' OR '1'='1", "<script>alert('xss')</script>",
            "\"><img src=x onerror=alert(1)>", "Zoë Ōtake 北京 Ελλάδα 🚀 \u202egnp.exe", "{{7*7}} ${7*7} #{7*7}",
            "line\r\nBcc: victim@example.org", "tab\tand\u0007bell");

    private HostileInput() {
    }

    @SuppressWarnings("unchecked")
    public static List<Probe> probes(Map<String, Object> schema, ApiContract contract) {
        List<Probe> probes = new ArrayList<>();
        probes.add(new Probe("not JSON", "application/json", "{\"a\":", true));
        probes.add(new Probe("empty body", "application/json", "", true));
        probes.add(new Probe("JSON null", "application/json", "null", true));
        probes.add(new Probe("a JSON string", "application/json", "\"text\"", true));
        probes.add(new Probe("deep nesting", "application/json", "[".repeat(5000) + "]".repeat(5000), true));
        probes.add(new Probe("text/plain", "text/plain", "hello", true));
        probes.add(new Probe("XML", "application/xml", "<!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><a>&x;</a>", true));
        if (schema == null || !"object".equals(schema.getOrDefault("type", "object"))) {
            return probes;
        }
        Map<String, Object> properties = (Map<String, Object>) schema.getOrDefault("properties", Map.of());
        List<String> required = (List<String>) schema.getOrDefault("required", List.of());
        if (!required.isEmpty()) {
            probes.add(new Probe("empty object", "application/json", "{}", true));
            probes.add(new Probe("array instead of object", "application/json", "[]", true));
        }
        JsonObject base = (JsonObject) sample(schema, contract, 0);
        for (String field : required) {
            probes.add(json("missing " + field, without(base, field), true));
        }
        for (Map.Entry<String, Object> p : properties.entrySet()) {
            String field = p.getKey();
            Map<String, Object> property = contract.resolve((Map<String, Object>) p.getValue());
            if (Boolean.TRUE.equals(property.get("readOnly"))) {
                continue;
            }
            String type = String.valueOf(property.getOrDefault("type", "object"));
            switch (type) {
                case "string" -> {
                    probes.add(json(field + " as object", with(base, field, Json.createObjectBuilder().add("x", 1).build()), true));
                    if (property.containsKey("enum")) {
                        probes.add(json(field + " unknown enum", with(base, field, Json.createValue("NOT_A_VALUE")), true));
                        probes.add(json(field + " lower-case enum with space", with(base, field,
                                Json.createValue(" " + String.valueOf(((List<Object>) property.get("enum")).get(0)).toLowerCase())), true));
                    } else if (property.containsKey("format")) {
                        probes.add(json(field + " malformed " + property.get("format"), with(base, field,
                                Json.createValue("31/02/2031 25:61 <b>")), true));
                    } else {
                        probes.add(json(field + " 100,000 characters", with(base, field, Json.createValue(HUGE)), true));
                        for (String text : TEXTS) {
                            probes.add(json(field + " text " + text.substring(0, Math.min(12, text.length())),
                                    with(base, field, Json.createValue(text)), false));
                        }
                    }
                }
                case "integer", "number" -> {
                    probes.add(json(field + " as text", with(base, field, Json.createValue("12; DROP TABLE member")), true));
                    probes.add(json(field + " beyond 64 bits", base.toString().replaceFirst(
                            "\"" + java.util.regex.Pattern.quote(field) + "\":-?[0-9.]+",
                            "\"" + field + "\":99999999999999999999999999"), true));
                    probes.add(json(field + " negative", with(base, field, Json.createValue(-1)), false));
                }
                case "boolean" -> probes.add(json(field + " as text", with(base, field, Json.createValue("maybe")), true));
                case "array" -> probes.add(json(field + " as text", with(base, field, Json.createValue("not a list")), true));
                default -> probes.add(json(field + " as text", with(base, field, Json.createValue("not an object")), true));
            }
        }
        return probes;
    }

    /** A plausible value for a schema: enums take their first value, ids a number, dates a future day. */
    @SuppressWarnings("unchecked")
    static JsonValue sample(Map<String, Object> schema, ApiContract contract, int depth) {
        Map<String, Object> s = contract.resolve(schema);
        if (s.containsKey("enum")) {
            return Json.createValue(String.valueOf(((List<Object>) s.get("enum")).get(0)));
        }
        String type = String.valueOf(s.getOrDefault("type", "object"));
        return switch (type) {
            case "string" -> Json.createValue(switch (String.valueOf(s.get("format"))) {
                case "date-time" -> "2031-03-04T09:00:00Z";
                case "date" -> "2031-03-04";
                case "email" -> "probe@steward.test";
                default -> "probe";
            });
            case "integer" -> Json.createValue(1);
            case "number" -> Json.createValue(1.5);
            case "boolean" -> JsonValue.FALSE;
            case "array" -> {
                JsonArrayBuilder array = Json.createArrayBuilder();
                if (depth < 3 && s.get("items") != null) {
                    array.add(sample((Map<String, Object>) s.get("items"), contract, depth + 1));
                }
                yield array.build();
            }
            default -> {
                JsonObjectBuilder object = Json.createObjectBuilder();
                if (depth < 3) {
                    Map<String, Object> properties = (Map<String, Object>) s.getOrDefault("properties", Map.of());
                    properties.forEach((name, p) -> {
                        Map<String, Object> resolved = contract.resolve((Map<String, Object>) p);
                        if (!Boolean.TRUE.equals(resolved.get("readOnly"))) {
                            object.add(name, sample(resolved, contract, depth + 1));
                        }
                    });
                }
                yield object.build();
            }
        };
    }

    private static Probe json(String label, String body, boolean mustRefuse) {
        return new Probe(label, "application/json", body, mustRefuse);
    }

    private static String with(JsonObject base, String field, JsonValue value) {
        return Json.createObjectBuilder(base).add(field, value).build().toString();
    }

    private static String without(JsonObject base, String field) {
        return Json.createObjectBuilder(base).remove(field).build().toString();
    }

    /**
     * Whether a response body shows a stack trace or an exception with its message ("java.lang.X: ...").
     * A bare class name is not counted: PrimeFaces names ViewExpiredException in its error-page settings.
     */
    public static boolean leaksInternals(String body) {
        return body != null && java.util.regex.Pattern.compile(
                "(\\bat [a-z][\\w$]*(\\.[\\w$]+)+\\([\\w$]+\\.java:\\d+\\))|(\\b(java|jakarta|javax|org|com)\\.[\\w.$]+(Exception|Error):)"
                        + "|(\\bCaused by:)|(\\bSQL(State|Exception|SyntaxError))").matcher(body).find();
    }
}
