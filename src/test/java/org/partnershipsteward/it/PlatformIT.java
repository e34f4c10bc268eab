package org.partnershipsteward.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What the platform move (issue 14) promises at the production layout (context root /). */
@ExtendWith(Server.class)
class PlatformIT {

    @Server.Url
    URL base;

    private HttpResponse<String> openapi(String accept) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "openapi"));
        if (accept != null) {
            request.header("Accept", accept);
        }
        // HTTP/1.1 as a browser speaks it over http: the JDK client's default asks to upgrade to HTTP/2 (h2c), and once
        // on MariaDB's CI run it read this large body as HTTP/2 frames ("Frame type(109) length(7566701) exceeds
        // MAX_FRAME_SIZE"); every client of the integration tests says HTTP/1.1 now, as the benchmarks' always did
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(request.build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /**
     * The listener speaks HTTP/1.1 only over plain http: a client that offers an upgrade to HTTP/2 (h2c, the JDK
     * client's default) is answered in HTTP/1.1 with the whole body. With h2c on, the JDK client once read this large
     * body as HTTP/2 frames ("Frame type(109) length(7566701) exceeds MAX_FRAME_SIZE", MariaDB's CI run, session 11).
     */
    @Test
    void aClientOfferingAnUpgradeToHttp2IsAnsweredInHttp11WithTheWholeBody() throws Exception {
        HttpClient upgrading = HttpClient.newHttpClient();
        assertEquals(HttpClient.Version.HTTP_2, upgrading.version(), "the JDK client's default offers h2c");
        String whole = openapi("application/json").body();
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> answer = upgrading.send(HttpRequest.newBuilder(URI.create(base + "openapi"))
                    .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, answer.statusCode());
            assertEquals(HttpClient.Version.HTTP_1_1, answer.version(), "answered without an upgrade");
            assertEquals(whole, answer.body());
        }
    }

    @Test
    void openapiAnswersAClientThatAsksForYamlWithYaml() throws Exception {
        // RFC 9512; Payara's own endpoint answered 406
        HttpResponse<String> yaml = openapi("application/yaml");
        assertEquals(200, yaml.statusCode(), yaml.body());
        assertTrue(yaml.headers().firstValue("Content-Type").orElse("").startsWith("application/yaml"));
        assertTrue(yaml.body().startsWith("openapi: 3.0.3"), yaml.body().substring(0, 40));
        assertTrue(yaml.body().contains("/api/organizations:"));
    }

    @Test
    void openapiAnswersJsonTextAndRefusesWhatItCannotOffer() throws Exception {
        HttpResponse<String> json = openapi("application/json");
        assertEquals(200, json.statusCode());
        assertTrue(json.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertTrue(json.body().startsWith("{\"openapi\":\"3.0.3\""), json.body().substring(0, 40));
        HttpResponse<String> text = openapi("text/plain");
        assertEquals(200, text.statusCode());
        assertTrue(text.body().startsWith("openapi: 3.0.3"));
        HttpResponse<String> none = openapi(null);
        assertEquals(200, none.statusCode());
        assertTrue(none.body().startsWith("openapi: 3.0.3"));
        HttpResponse<String> image = openapi("image/png");
        assertEquals(406, image.statusCode());
        assertTrue(image.body().contains("application/yaml"), image.body());
    }
}
