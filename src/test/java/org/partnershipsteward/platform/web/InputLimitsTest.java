package org.partnershipsteward.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.partnershipsteward.platform.domain.ConflictException;

class InputLimitsTest {

    @Test
    void aBodyUpToTheLimitIsFineAndOneByteMoreIsRefused() {
        assertEquals(Optional.empty(), InputLimits.bodyProblem(InputLimits.MAX_BODY_BYTES, null));
        assertTrue(InputLimits.bodyProblem(InputLimits.MAX_BODY_BYTES + 1, null).orElseThrow().contains("too large"));
        assertTrue(InputLimits.bodyProblem(10_000_000_000L, null).isPresent());
    }

    @Test
    void noBodyIsFineButAChunkedBodyWithoutALengthIsRefused() {
        assertEquals(Optional.empty(), InputLimits.bodyProblem(-1, null));
        assertEquals(Optional.empty(), InputLimits.bodyProblem(0, null));
        assertTrue(InputLimits.bodyProblem(-1, "chunked").orElseThrow().contains("Content-Length"));
    }

    @Test
    void aHundredParametersAreFineAndOneMoreIsRefused() {
        Map<String, String[]> parameters = new HashMap<>();
        for (int i = 0; i < InputLimits.MAX_PARAMETERS; i++) {
            parameters.put("p" + i, new String[] {"v"});
        }
        assertEquals(Optional.empty(), InputLimits.parameterProblem(parameters));
        parameters.put("one-more", new String[] {"v"});
        assertTrue(InputLimits.parameterProblem(parameters).orElseThrow().contains("Too many parameters"));
    }

    @Test
    void repeatedValuesCountTowardsTheirOwnLimit() {
        assertEquals(Optional.empty(), InputLimits.parameterProblem(Map.of("q1", new String[InputLimits.MAX_VALUES])));
        assertTrue(InputLimits.parameterProblem(Map.of("q1", new String[InputLimits.MAX_VALUES + 1])).orElseThrow()
                .contains("Too many values"));
    }

    @Test
    void aLongNameOrValueIsRefusedAndOneAtTheLimitIsNot() {
        assertEquals(Optional.empty(), InputLimits.parameterProblem(Map.of("n".repeat(InputLimits.MAX_NAME_LENGTH),
                new String[] {"v".repeat(InputLimits.MAX_VALUE_LENGTH)})));
        assertTrue(InputLimits.parameterProblem(Map.of("n".repeat(InputLimits.MAX_NAME_LENGTH + 1), new String[] {"v"}))
                .orElseThrow().contains("name"));
        assertTrue(InputLimits.parameterProblem(Map.of("n", new String[] {"v".repeat(InputLimits.MAX_VALUE_LENGTH + 1)}))
                .orElseThrow().contains("value"));
    }

    @Test
    void aDomainExceptionAnywhereInTheChainIsARefusalOtherFailuresAreNot() {
        assertTrue(InputLimits.isRefusal(new EJBException(new ConflictException("deadline passed"))));
        assertFalse(InputLimits.isRefusal(new EJBException(new IllegalStateException("boom"))));
        assertFalse(InputLimits.isRefusal(new OutOfMemoryError()));
    }

    @Test
    void aFailureIsDescribedByItsTypesAndPlaceNeverItsMessage() {
        String secret = "token-AAAA member@example.org";
        String described = InputLimits.describe(new EJBException(new IllegalStateException(secret)));
        assertTrue(described.startsWith("EJBException, caused by IllegalStateException"), described);
        assertTrue(described.contains(" at org.partnershipsteward."), described);
        assertFalse(described.contains(secret), described);
    }
}
