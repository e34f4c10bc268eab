package org.partnershipsteward.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.partnershipsteward.bylaws.entity.Criterion;
import org.partnershipsteward.organization.entity.Sector;
import org.partnershipsteward.platform.config.PartnershipConfig;

/** Issue 19: pages and mails show words, not codes; the words are kept in one bundle. */
class LabelsTest {

    @Test
    void anEnumConstantIsShownInWordsFromTheBundle() {
        assertEquals("Security practitioner", Labels.label(Criterion.SECURITY_PRACTITIONER));
        assertEquals("Private sector", Labels.label(Sector.PRIVATE));
    }

    @Test
    void aCodeHeldAsAStringIsShownInWordsToo() {
        assertEquals("Law enforcement official", Labels.label("LAW_ENFORCEMENT_OFFICIAL"));
        assertEquals("Public sector", new Labels().of("PUBLIC"));
    }

    @Test
    void aCodeWithoutAnEntryIsSpelledOutNeverShownRaw() {
        assertEquals("Something new", Labels.label("SOMETHING_NEW"));
    }

    @Test
    void aSentenceWrittenBySystemShowsItsCodesInWordsAndLeavesTheRestAlone() {
        Labels labels = new Labels();
        assertEquals("Status Under review -> Ineligible by Secretariat for the FBI (TLP:RED, kind=PUBLIC)",
                labels.inWords("Status UNDER_REVIEW -> INELIGIBLE by SECRETARIAT for the FBI (TLP:RED, kind=PUBLIC)"));
        assertEquals("", labels.inWords(null));
    }

    @Test
    void aCodeInsideASentenceIsInLowerCase() {
        assertEquals("under review", Labels.inSentence("UNDER_REVIEW"));
        assertEquals("done", Labels.inSentence("DONE"));
    }

    @Test
    void ordinaryTextAndNothingAreLeftAlone() {
        assertEquals("Spring Summit 2027", Labels.label("Spring Summit 2027"));
        assertEquals("", Labels.label(null));
    }

    @Test
    void everyCriterionAndSectorHasWordsInTheBundle() {
        for (Criterion c : Criterion.values()) {
            assertEquals(Labels.label(c), Labels.label(c.name()), c.name());
        }
        for (Sector s : Sector.values()) {
            assertEquals(Labels.label(s), Labels.label(s.name()), s.name());
        }
    }

    /** Pages write {@code #{labels.when(...)}} for a moment: the partnership's zone, and nothing for a moment not set. */
    @Test
    void aMomentIsWrittenInThePartnershipsZoneAndNoMomentIsNothing() {
        Labels labels = new Labels();
        labels.config = new PartnershipConfig() {
            @Override
            public ZoneId zone() {
                return ZoneId.of("America/Chicago");
            }
        };
        Instant summer = Instant.parse("2026-07-01T00:30:00Z");
        assertEquals("Tuesday, June 30, 2026 at 7:30 PM CDT", labels.when(summer));
        assertEquals("Tue, Jun 30, 2026 7:30 PM CDT", labels.whenShort(summer));
        assertEquals("", labels.when(null));
        assertEquals("", labels.whenShort(null));
    }
}
