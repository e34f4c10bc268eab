package org.partnershipsteward.platform.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class VocabularyTest {

    private static final List<String> REGIONS = List.of("Twin Cities metro");

    @Test
    void aRegionTheBylawsDoNotNameIsRefusedWithTheAllowedValues() {
        VocabularyViolation refused = assertThrows(VocabularyViolation.class,
                () -> Vocabulary.require("region", "Twin Cities", REGIONS, true));
        assertEquals("region", refused.field());
        assertEquals(REGIONS, refused.allowed());
        assertEquals("vocabulary", refused.rule());
        assertTrue(refused.getMessage().contains("Twin Cities metro"), refused.getMessage());
    }

    @Test
    void aValueThatDiffersOnlyInCaseOrSpacingIsStoredInTheBylawsSpelling() {
        assertEquals("Twin Cities metro", Vocabulary.require("region", "  twin  CITIES Metro ", REGIONS, true));
    }

    @Test
    void aBlankOptionalValueMeansNotRecorded() {
        assertNull(Vocabulary.require("region", " ", REGIONS, true));
        assertNull(Vocabulary.require("region", null, REGIONS, true));
    }

    @Test
    void aBlankRequiredValueIsRefused() {
        assertThrows(VocabularyViolation.class, () -> Vocabulary.require("topic", "", List.of("Cybersecurity"), false));
    }
}
