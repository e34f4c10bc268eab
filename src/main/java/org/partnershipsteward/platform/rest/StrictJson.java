package org.partnershipsteward.platform.rest;

import jakarta.json.JsonNumber;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Type;

/**
 * JSON-B for the API with strict booleans and whole numbers. Left to itself, JSON-B (Yasson) reads
 * {@code "maybe"} as {@code false}, {@code 1.7} as {@code 1}, {@code "12"} as {@code 12} and wraps
 * {@code 99999999999999999999999} around to some other id: input the client did not mean is then
 * stored. Here such a value is refused, and {@link ProblemMapper} answers 400.
 */
@Provider
public class StrictJson implements ContextResolver<Jsonb> {

    static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig()
            .withDeserializers(new StrictBoolean(), new StrictLong(), new StrictInteger()));

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }

    /** {@code true}, {@code false} or {@code null}; nothing else. */
    static final class StrictBoolean implements JsonbDeserializer<Boolean> {
        @Override
        public Boolean deserialize(JsonParser parser, DeserializationContext context, Type type) {
            JsonValue value = parser.getValue();
            if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
                return value == JsonValue.TRUE;
            }
            if (value == JsonValue.NULL) {
                return null;
            }
            throw new JsonbException("must be true or false");
        }
    }

    /** A JSON number without a fraction that fits 64 bits. */
    static final class StrictLong implements JsonbDeserializer<Long> {
        @Override
        public Long deserialize(JsonParser parser, DeserializationContext context, Type type) {
            JsonNumber number = number(parser.getValue());
            try {
                return number == null ? null : number.bigDecimalValue().longValueExact();
            } catch (ArithmeticException e) {
                throw new JsonbException("must be a whole number of at most 64 bits");
            }
        }
    }

    /** A JSON number without a fraction that fits 32 bits. */
    static final class StrictInteger implements JsonbDeserializer<Integer> {
        @Override
        public Integer deserialize(JsonParser parser, DeserializationContext context, Type type) {
            JsonNumber number = number(parser.getValue());
            try {
                return number == null ? null : number.bigDecimalValue().intValueExact();
            } catch (ArithmeticException e) {
                throw new JsonbException("must be a whole number of at most 32 bits");
            }
        }
    }

    private static JsonNumber number(JsonValue value) {
        if (value == JsonValue.NULL) {
            return null;
        }
        if (value instanceof JsonNumber number) {
            return number;
        }
        throw new JsonbException("must be a number");
    }

    private static final java.util.regex.Pattern PROPERTY =
            java.util.regex.Pattern.compile("Unable to deserialize property '([^']+)'");
    private static final java.util.regex.Pattern TIME_TYPE =
            java.util.regex.Pattern.compile("Error parsing class java\\.time\\.(\\w+)");

    /**
     * Which field of a body could not be read, and in what format it is expected: JSON-B (Yasson) names
     * the property in its message ("Unable to deserialize property 'startsAt' …") and the java.time type
     * it failed to parse. Empty when the body is not JSON at all or the field cannot be told.
     */
    static java.util.Optional<Problem.FieldError> unreadableField(Throwable failure) {
        String field = null;
        String expected = null;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage();
            java.util.regex.Matcher property = PROPERTY.matcher(message);
            if (field == null && property.find()) {
                field = property.group(1);
            }
            java.util.regex.Matcher time = TIME_TYPE.matcher(message);
            if (expected == null && time.find()) {
                expected = timeFormat(time.group(1));
            }
            if (expected == null && message.startsWith("must be ")) {
                expected = message;
            }
        }
        if (field == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Problem.FieldError(field,
                expected == null ? "cannot be read: check its type" : expected));
    }

    static String timeFormat(String javaTimeType) {
        return switch (javaTimeType) {
            case "OffsetDateTime", "ZonedDateTime" ->
                    "must be a timestamp in ISO 8601 with an offset, e.g. 2030-05-14T09:00:00-05:00";
            case "Instant" -> "must be a timestamp in ISO 8601 in UTC, e.g. 2030-05-14T14:00:00Z";
            case "LocalDateTime" -> "must be a date and time in ISO 8601, e.g. 2030-05-14T09:00:00";
            case "LocalDate" -> "must be a date in ISO 8601, e.g. 2030-05-14";
            case "LocalTime" -> "must be a time of day in ISO 8601, e.g. 09:00";
            case "Duration" -> "must be a duration in ISO 8601, e.g. PT30M";
            default -> "must be an ISO 8601 " + javaTimeType;
        };
    }
}
