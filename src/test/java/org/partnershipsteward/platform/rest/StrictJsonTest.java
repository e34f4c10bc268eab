package org.partnershipsteward.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.bind.JsonbException;
import org.junit.jupiter.api.Test;

class StrictJsonTest {

    public record Probe(Boolean flag, Long id, Integer count) {
    }

    private static Probe read(String json) {
        return StrictJson.JSONB.fromJson(json, Probe.class);
    }

    @Test
    void booleansAreTrueFalseOrNullAndNotTextThatLooksFalse() {
        assertEquals(true, read("{\"flag\":true}").flag());
        assertEquals(false, read("{\"flag\":false}").flag());
        assertNull(read("{\"flag\":null}").flag());
        assertThrows(JsonbException.class, () -> read("{\"flag\":\"maybe\"}"));
        assertThrows(JsonbException.class, () -> read("{\"flag\":\"true\"}"));
    }

    @Test
    void idsBeyond64BitsAreRefusedInsteadOfWrappingToAnotherId() {
        assertEquals(12L, read("{\"id\":12}").id());
        assertThrows(JsonbException.class, () -> read("{\"id\":99999999999999999999999}"));
    }

    @Test
    void fractionsAndNumericTextAreNotWholeNumbers() {
        assertThrows(JsonbException.class, () -> read("{\"count\":1.7}"));
        assertThrows(JsonbException.class, () -> read("{\"count\":\"12\"}"));
        assertThrows(JsonbException.class, () -> read("{\"count\":3000000000}"));
        assertEquals(3, read("{\"count\":3}").count());
    }

    public record Timed(java.time.OffsetDateTime startsAt, java.time.LocalDate day, Long id) {
    }

    private static Problem problemFor(String json) {
        JsonbException failure = assertThrows(JsonbException.class, () -> StrictJson.JSONB.fromJson(json, Timed.class));
        return new ProblemMapper().toProblem(failure);
    }

    @Test
    void aDateSentForATimestampIsA400ThatNamesTheFieldAndTheExpectedFormat() {
        Problem problem = problemFor("{\"startsAt\":\"2030-05-14\"}");
        assertEquals(400, problem.status());
        assertEquals("startsAt", problem.errors().get(0).field());
        assertTrue(problem.errors().get(0).message().contains("2030-05-14T09:00:00"), problem.errors().toString());
        assertTrue(problem.detail().contains("startsAt"), problem.detail());
    }

    @Test
    void anUnreadableDateNamesTheFieldAndTheDateFormat() {
        Problem problem = problemFor("{\"day\":\"14.5.2030\"}");
        assertEquals("day", problem.errors().get(0).field());
        assertEquals("must be a date in ISO 8601, e.g. 2030-05-14", problem.errors().get(0).message());
    }

    @Test
    void aStrictNumberFailureNamesTheFieldAndWhatItMustBe() {
        Problem problem = problemFor("{\"id\":1.5}");
        assertEquals("id", problem.errors().get(0).field());
        assertEquals("must be a whole number of at most 64 bits", problem.errors().get(0).message());
    }

    @Test
    void aBodyThatIsNotJsonAtAllIsStillA400WithoutAField() {
        Problem problem = problemFor("{bad");
        assertEquals(400, problem.status());
        assertNull(problem.errors());
    }
}
