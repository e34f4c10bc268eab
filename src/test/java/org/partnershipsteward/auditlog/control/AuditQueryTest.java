package org.partnershipsteward.auditlog.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.partnershipsteward.platform.domain.InvalidInputException;

class AuditQueryTest {

    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

    private static AuditQuery parse(String subjectType, String subjectId, String actor, String from, String to,
            String page, String size) {
        return AuditQuery.parse(subjectType, subjectId, actor, from, to, page, size, CHICAGO);
    }

    private static Set<String> badParameters(String subjectId, String from, String to, String page, String size) {
        return assertThrows(InvalidInputException.class, () -> parse(null, subjectId, null, from, to, page, size))
                .fieldErrors().keySet();
    }

    @Test
    void withoutParametersTheFirstPageOfFiftyNewestEntriesIsAskedFor() {
        AuditQuery query = parse(null, null, " ", "", null, null, null);
        assertNull(query.actor());
        assertNull(query.from());
        assertEquals(1, query.page());
        assertEquals(AuditQuery.DEFAULT_SIZE, query.size());
        assertEquals(0, query.offset());
    }

    @Test
    void thePageSizeIsBoundedAt200() {
        assertEquals(200, parse(null, null, null, null, null, "3", "200").size());
        assertEquals(400, parse(null, null, null, null, null, "3", "200").offset());
        assertEquals(Set.of("size"), badParameters(null, null, null, null, "201"));
        assertEquals(Set.of("size"), badParameters(null, null, null, null, "0"));
    }

    @Test
    void aBadParameterIsNamed() {
        assertEquals(Set.of("subjectId"), badParameters("seven", null, null, null, null));
        assertEquals(Set.of("page"), badParameters(null, null, null, "0", null));
        assertEquals(Set.of("page"), badParameters(null, null, null, "1.5", null));
        assertEquals(Set.of("from"), badParameters(null, "14/05/2030", null, null, null));
        assertEquals(Set.of("to"), badParameters(null, null, "yesterday", null, null));
        assertEquals(Set.of("subjectId", "size"), badParameters("x", null, null, null, "many"));
    }

    @Test
    void aDateIsTheWholeDayInThePartnershipsTimeZoneWithBothEndsIncluded() {
        AuditQuery query = parse(null, null, null, "2030-05-14", "2030-05-14", null, null);
        assertEquals(Instant.parse("2030-05-14T05:00:00Z"), query.from());
        assertEquals(Instant.parse("2030-05-15T05:00:00Z"), query.toExclusive());
    }

    @Test
    void aTimestampIsTakenAsItIsAndToIncludesIt() {
        AuditQuery query = parse(null, null, null, "2030-05-14T09:00:00-05:00", "2030-05-14T18:00:00Z", null, null);
        assertEquals(Instant.parse("2030-05-14T14:00:00Z"), query.from());
        assertEquals(Instant.parse("2030-05-14T18:00:00.000000001Z"), query.toExclusive());
    }

    @Test
    void toBeforeFromIsRefused() {
        assertEquals(Set.of("to"), badParameters(null, "2030-05-15", "2030-05-14", null, null));
    }

    @Test
    void filtersAreTrimmed() {
        AuditQuery query = parse(" Member ", " 42 ", " sec@example.org ", null, null, null, null);
        assertEquals("Member", query.subjectType());
        assertEquals(42L, query.subjectId());
        assertEquals("sec@example.org", query.actor());
    }
}
