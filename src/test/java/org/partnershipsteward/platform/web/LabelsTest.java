package org.partnershipsteward.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.partnershipsteward.bylaws.entity.Criterion;
import org.partnershipsteward.organization.entity.Sector;

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
}
