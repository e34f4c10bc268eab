package org.partnershipsteward.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
}
