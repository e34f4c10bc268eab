package org.partnershipsteward.health.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.partnershipsteward.platform.security.Roles;

/** {@code /api/scorecard}: the key-ingredient scorecard with trends (not {@code /health}: that is MicroProfile Health's). */
@ApplicationScoped
@Path("scorecard")
@Produces(MediaType.APPLICATION_JSON)
public class ScorecardResource {

    @Inject
    Health health;

    @GET
    @RolesAllowed({Roles.SECRETARIAT, Roles.BOARD})
    public ScorecardView scorecard() {
        return ScorecardView.of(health.scorecard(), health.criterionMix());
    }
}
