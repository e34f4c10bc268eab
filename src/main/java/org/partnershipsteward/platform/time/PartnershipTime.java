package org.partnershipsteward.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import org.partnershipsteward.platform.config.PartnershipConfig;

/**
 * The partnership's calendar day. Days (terms, periods, leave, due dates) are counted in the partnership's
 * time zone, not the server's: at 7 pm in Minneapolis it is already tomorrow in UTC.
 */
@ApplicationScoped
public class PartnershipTime {

    @Inject
    Clock clock;

    @Inject
    PartnershipConfig config;

    /** Today in the partnership's time zone. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(config.zone()));
    }
}
