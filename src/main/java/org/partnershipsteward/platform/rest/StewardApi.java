package org.partnershipsteward.platform.rest;

import jakarta.ws.rs.ApplicationPath;
import java.util.Map;
import jakarta.ws.rs.core.Application;

/** The JSON API under {@code /api}; its OpenAPI description (META-INF/openapi.yaml) is served at {@code /openapi}. */
@ApplicationPath("api")
public class StewardApi extends Application {

    /** Enforces {@code @RolesAllowed} on resources before the body is read or validated. */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.provider.classnames",
                "org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature");
    }
}
