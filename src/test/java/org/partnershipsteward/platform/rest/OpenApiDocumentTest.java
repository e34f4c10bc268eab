package org.partnershipsteward.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OpenApiDocumentTest {

    @Test
    void aClientThatAsksForYamlGetsYaml() {
        // RFC 9512: application/yaml; Payara's endpoint answered 406
        assertEquals(Optional.of("application/yaml"), OpenApiDocument.choose(null, "application/yaml"));
        assertEquals(Optional.of("application/yaml"), OpenApiDocument.choose(null, "application/vnd.oai.openapi"));
        assertEquals(Optional.of("application/yaml"), OpenApiDocument.choose(null, null));
        assertEquals(Optional.of("application/yaml"), OpenApiDocument.choose(null, "*/*"));
    }

    @Test
    void theHighestQualityOfferedTypeWins() {
        assertEquals(Optional.of("application/json"), OpenApiDocument.choose(null, "application/yaml;q=0.5, application/json"));
        assertEquals(Optional.of("application/yaml"), OpenApiDocument.choose(null, "application/yaml;q=1, application/json;q=0.5"));
        assertEquals(Optional.of("text/plain"), OpenApiDocument.choose(null, "text/plain"));
        assertEquals(Optional.of("application/json"), OpenApiDocument.choose(null, "image/png, application/json;q=0.1"));
    }

    @Test
    void theFormatParameterWinsOverTheHeader() {
        assertEquals(Optional.of("application/json"), OpenApiDocument.choose("JSON", "application/yaml"));
        assertEquals(Optional.of("application/yaml"), OpenApiDocument.choose("yaml", "application/json"));
    }

    @Test
    void nothingOfferedIsAcceptableIsEmptySoA406() {
        assertEquals(Optional.empty(), OpenApiDocument.choose(null, "image/png"));
        assertEquals(Optional.empty(), OpenApiDocument.choose(null, "application/yaml;q=0"));
        assertEquals(Optional.empty(), OpenApiDocument.choose("XML", null));
        assertEquals(Optional.empty(), OpenApiDocument.choose(null, "application/yaml;q=oops"));
    }

    @Test
    void theJsonFormIsTheSameDocument() throws IOException {
        String yaml;
        try (InputStream in = OpenApiDocumentTest.class.getResourceAsStream("/META-INF/openapi.yaml")) {
            yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        JsonObject json = Json.createReader(new StringReader(OpenApiDocument.toJson(yaml))).readObject();
        assertEquals("3.0.3", json.getString("openapi"));
        assertEquals("Partnership Steward API", json.getJsonObject("info").getString("title"));
        assertTrue(json.getJsonObject("paths").containsKey("/api/organizations"), json.getJsonObject("paths").keySet().toString());
    }
}
