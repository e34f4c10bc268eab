package org.partnershipsteward.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The API of the foundation against the shipped WAR on Payara Micro: organisations, bylaws, problem
 * details, health, OpenAPI, and which role may call what.
 */
@ExtendWith(Server.class)
class FoundationApiIT {

    @Server.Url
    URL base;

    /** Health and OpenAPI are served by Payara Micro at the server root, outside the application's context. */
    private Api server() throws java.net.MalformedURLException {
        return Api.anonymous(new URL(base.getProtocol(), base.getHost(), base.getPort(), "/"));
    }

    private Api secretariat() {
        return Api.as(base, Deployments.SECRETARIAT, Deployments.DEMO_PASSWORD);
    }

    private static String organizationJson(String name, String sector, String kind) {
        return "{\"name\":\"" + name + "\",\"sector\":\"" + sector + "\",\"kind\":\"" + kind
                + "\",\"region\":\"Twin Cities metro\",\"fortune500\":false,\"foundingSponsor\":false}";
    }

    private int organizationCount() {
        return secretariat().get("/api/organizations").array().size();
    }

    @Test
    void secretariatCreatesReadsAndEditsAnOrganization() {
        String name = "Test Police " + UUID.randomUUID();
        Api.Answer created = secretariat().post("/api/organizations", organizationJson(name, "PUBLIC", "MUNICIPAL_POLICE"));
        assertEquals(201, created.status(), created.body());
        JsonObject body = created.object();
        long id = body.getJsonNumber("id").longValue();
        assertEquals("MUNICIPAL_POLICE", body.getString("kind"));

        JsonObject read = secretariat().get("/api/organizations/" + id).object();
        assertEquals(name, read.getString("name"));
        assertTrue(read.containsKey("primaryContactId") || read.get("primaryContactId") == null);

        Api.Answer edited = secretariat().put("/api/organizations/" + id,
                organizationJson(name + " (renamed)", "PUBLIC", "MUNICIPAL_POLICE"));
        assertEquals(200, edited.status(), edited.body());
        assertEquals(name + " (renamed)", secretariat().get("/api/organizations/" + id).object().getString("name"));
    }

    @Test
    void invalidOrganizationIsRefusedFieldByFieldAndNothingIsStored() {
        int before = organizationCount();
        Api.Answer answer = secretariat().post("/api/organizations",
                "{\"name\":\"\",\"sector\":\"NEITHER\",\"kind\":\"CORPORATION\"}");
        assertEquals(400, answer.status());
        assertTrue(answer.isProblem(), answer.contentType());
        var fields = answer.object().getJsonArray("errors").stream()
                .map(e -> e.asJsonObject().getString("field")).toList();
        assertEquals(List.of("name", "sector"), fields);
        assertEquals(before, organizationCount());
    }

    @Test
    void kindThatDoesNotFitTheSectorIsRefused() {
        int before = organizationCount();
        Api.Answer answer = secretariat().post("/api/organizations",
                organizationJson("Mismatch " + UUID.randomUUID(), "PUBLIC", "CORPORATION"));
        assertEquals(400, answer.status(), answer.body());
        assertEquals("kind", answer.object().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(before, organizationCount());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"name\":", "[]", "not json", "{\"name\": 12, \"sector\": [1], \"kind\": {}}", ""})
    void malformedBodiesAreA400ProblemWithoutStackTrace(String body) {
        int before = organizationCount();
        Api.Answer answer = secretariat().post("/api/organizations", body);
        assertEquals(400, answer.status(), answer.body());
        assertTrue(answer.isProblem());
        assertFalse(answer.body().contains("Exception"), answer.body());
        assertFalse(answer.body().contains("at org."), answer.body());
        assertEquals(before, organizationCount());
    }

    @Test
    void duplicateOrganizationNameIsAConflict() {
        String name = "Duplicate Corp " + UUID.randomUUID();
        assertEquals(201, secretariat().post("/api/organizations", organizationJson(name, "PRIVATE", "CORPORATION")).status());
        int before = organizationCount();
        Api.Answer again = secretariat().post("/api/organizations", organizationJson(name.toUpperCase(), "PRIVATE", "CORPORATION"));
        assertEquals(409, again.status(), again.body());
        assertEquals(before, organizationCount());
    }

    @Test
    void unknownOrganizationIsA404Problem() {
        Api.Answer answer = secretariat().get("/api/organizations/987654321");
        assertEquals(404, answer.status());
        assertTrue(answer.isProblem());
        assertEquals(404, answer.object().getInt("status"));
    }

    @Test
    void anonymousCallerIsAskedToSignInAndWrongPasswordIsRefused() {
        Api.Answer anonymous = Api.anonymous(base).get("/api/organizations");
        assertEquals(401, anonymous.status());
        assertTrue(anonymous.isProblem());
        Api.Answer wrong = Api.as(base, Deployments.SECRETARIAT, "not-the-password").get("/api/organizations");
        assertEquals(401, wrong.status());
    }

    /** Who may call what: every endpoint of the foundation × every role and anonymous. */
    @Test
    void authorizationMatrixOfTheFoundationEndpoints() {
        Api anonymous = Api.anonymous(base);
        Api member = Api.as(base, Deployments.MEMBER, Deployments.DEMO_PASSWORD);
        Api board = Api.as(base, Deployments.BOARD, Deployments.DEMO_PASSWORD);
        String valid = organizationJson("Matrix " + UUID.randomUUID(), "PRIVATE", "CORPORATION");
        long existing = secretariat().get("/api/organizations").array().getJsonObject(0).getJsonNumber("id").longValue();

        for (String path : List.of("/api/organizations", "/api/organizations/" + existing, "/api/bylaws",
                "/api/bylaws/versions")) {
            assertEquals(401, anonymous.get(path).status(), path);
            assertEquals(200, member.get(path).status(), path);
            assertEquals(200, board.get(path).status(), path);
            assertEquals(200, secretariat().get(path).status(), path);
        }
        for (Api refused : List.of(member, board)) {
            assertEquals(403, refused.post("/api/organizations", valid).status());
            assertEquals(403, refused.put("/api/organizations/" + existing, valid).status());
            assertEquals(403, refused.post("/api/bylaws", "{}").status());
        }
        assertEquals(401, anonymous.post("/api/organizations", valid).status());
        assertEquals(401, anonymous.post("/api/bylaws", "{}").status());
    }

    @Test
    void bylawsInForceAreTheTcspDefaults() {
        JsonObject bylaws = secretariat().get("/api/bylaws").object();
        assertTrue(bylaws.getInt("version") >= 1);
        assertEquals(1, bylaws.getJsonObject("attendance").getInt("minimum"));
        assertEquals(6, bylaws.getJsonObject("attendance").getInt("periodMonths"));
        assertFalse(bylaws.getJsonObject("attendance").getBoolean("delegatesCount"));
        assertEquals(0.5, bylaws.getJsonObject("surveys").getJsonNumber("minimumShare").doubleValue());
        var seats = bylaws.getJsonObject("board").getJsonArray("seatTypes");
        int total = seats.stream().mapToInt(s -> s.asJsonObject().getInt("count")).sum();
        assertEquals(9, total);
        assertEquals("FBI_SAC", seats.getJsonObject(0).getString("code"));
        assertEquals(2, bylaws.getJsonObject("cadence").getInt("minSummitsPerYear"));
        assertEquals(4, bylaws.getJsonObject("membership").getJsonArray("criteria").size());
    }

    @Test
    void amendingTheBylawsCreatesTheNextVersionAndInconsistentAmendmentsAreRefused() {
        JsonObject current = secretariat().get("/api/bylaws").object();
        int version = current.getInt("version");

        String inconsistent = current.toString().replace("\"maxSummitsPerYear\":3", "\"maxSummitsPerYear\":1");
        Api.Answer refused = secretariat().post("/api/bylaws", inconsistent);
        assertEquals(400, refused.status(), refused.body());
        assertTrue(refused.body().contains("cadence.minSummitsPerYear"), refused.body());
        assertEquals(version, secretariat().get("/api/bylaws").object().getInt("version"));

        int weeks = current.getJsonObject("cadence").getInt("minWeeksBetween");
        String amended = current.toString().replace("\"minWeeksBetween\":" + weeks, "\"minWeeksBetween\":" + (weeks + 1));
        Api.Answer adopted = secretariat().post("/api/bylaws", amended);
        assertEquals(201, adopted.status(), adopted.body());
        JsonObject now = secretariat().get("/api/bylaws").object();
        assertEquals(version + 1, now.getInt("version"));
        assertEquals(weeks + 1, now.getJsonObject("cadence").getInt("minWeeksBetween"));
        assertEquals(version + 1, secretariat().get("/api/bylaws/versions").array().getJsonObject(0).getInt("version"));
    }

    @Test
    void bootstrapAccountFromConfigurationIsASecretariat() {
        Api bootstrap = Api.as(base, "bootstrap@steward.test", "bootstrap-secret-1");
        assertEquals(200, bootstrap.get("/api/organizations").status());
        assertEquals(400, bootstrap.post("/api/organizations", "{}").status(), "secretariat may create (400 = validated, not refused)");
    }

    @Test
    void demoDataHoldsAPartnershipOfBothSectors() {
        var organizations = secretariat().get("/api/organizations").array();
        assertTrue(organizations.size() >= 20, "demo organisations: " + organizations.size());
        assertTrue(organizations.stream().anyMatch(o -> o.asJsonObject().getBoolean("foundingSponsor")));
        assertTrue(organizations.stream().anyMatch(o -> o.asJsonObject().getString("kind").equals("FEDERAL_LAW_ENFORCEMENT")));
    }

    @Test
    void readinessReportsTheDatabaseAndTheSchemaVersion() throws Exception {
        Api.Answer ready = server().get("/health/ready");
        assertEquals(200, ready.status(), ready.body());
        assertTrue(ready.body().contains("\"schemaVersion\""), ready.body());
        assertTrue(ready.body().contains("\"UP\""), ready.body());
    }

    @Test
    void theEmbeddedDatabaseIsTheShippedH2NotTheServersOlderOne() throws Exception {
        // Payara Micro bundles H2 2.2.224, which can hand out one AUTO_INCREMENT value twice under
        // concurrent inserts (h2database#3950); the WAR ships 2.3 and loads its own libraries first.
        Api.Answer ready = server().get("/health/ready");
        var database = ready.object().getJsonArray("checks").stream()
                .map(c -> c.asJsonObject().getJsonObject("data"))
                .filter(d -> d != null && d.containsKey("product"))
                .findFirst().orElseThrow();
        if (database.getString("product").equals("H2")) {
            assertTrue(database.getString("productVersion").startsWith("2.3"), database.toString());
        }
    }

    @Test
    void openApiDescribesTheApi() throws Exception {
        Api.Answer openapi = server().send("GET", "/openapi", null, null);
        assertEquals(200, openapi.status(), openapi.body());
        assertTrue(openapi.body().contains("/api/organizations"), openapi.body());
        assertNotNull(openapi.body());
    }

    @Test
    void unknownApiPathIsAProblemNotAnHtmlPage() {
        Api.Answer answer = secretariat().get("/api/no-such-thing");
        assertEquals(404, answer.status());
        assertTrue(answer.isProblem(), answer.contentType());
    }
}
