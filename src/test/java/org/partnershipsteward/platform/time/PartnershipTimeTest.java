package org.partnershipsteward.platform.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.partnershipsteward.platform.config.PartnershipConfig;

class PartnershipTimeTest {

    private static PartnershipTime at(String instant, String zone) {
        PartnershipTime time = new PartnershipTime();
        time.clock = Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
        time.config = new PartnershipConfig() {
            @Override
            public java.time.ZoneId zone() {
                return java.time.ZoneId.of(zone);
            }
        };
        return time;
    }

    @Test
    void todayIsTheDayInThePartnershipsZoneNotTheServers() {
        // 7 pm on June 30 in Minneapolis is already July 1 in UTC: the half-year has not ended there yet
        assertEquals(LocalDate.of(2026, 6, 30), at("2026-07-01T00:00:00Z", "America/Chicago").today());
        assertEquals(LocalDate.of(2026, 7, 1), at("2026-07-01T00:00:00Z", "Europe/Berlin").today());
    }
}
