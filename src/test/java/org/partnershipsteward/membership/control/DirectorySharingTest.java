package org.partnershipsteward.membership.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnershipsteward.membership.entity.SharingChoices;

/** Issue 19: each member chooses what the directory of peers shows; a search finds only what is shown. */
class DirectorySharingTest {

    static final PeerCard HELD = new PeerCard(7, "Dana", "Whitfield", "Chief Security Officer", "Northstar Retail",
            "PRIVATE", "SECURITY_PRACTITIONER", "dana@northstar.example", "+1 612 555 0100",
            List.of("Cybersecurity"), List.of("Critical-incident planning"));

    @Test
    void theDefaultSharesNameTitleAndOrganizationOnly() {
        PeerCard shown = HELD.shownAs(SharingChoices.DEFAULT);
        assertEquals("Dana Whitfield", shown.name());
        assertEquals("Chief Security Officer", shown.title());
        assertEquals("Northstar Retail", shown.organization());
        assertNull(shown.email());
        assertNull(shown.phone());
        assertEquals(List.of(), shown.follows());
        assertEquals(List.of(), shown.speaksTo());
    }

    @Test
    void theNameAndCriterionAreAlwaysShownEvenWhenNothingIsShared() {
        PeerCard shown = HELD.shownAs(new SharingChoices(false, false, false, false, false, false));
        assertEquals("Dana Whitfield", shown.name());
        assertEquals("SECURITY_PRACTITIONER", shown.criterion());
        assertNull(shown.title());
        assertNull(shown.organization());
        assertNull(shown.sector(), "the sector is the organisation's and would reveal it");
    }

    @Test
    void eachChoiceShowsItsOwnFieldOnly() {
        PeerCard email = HELD.shownAs(new SharingChoices(false, false, true, false, false, false));
        assertEquals("dana@northstar.example", email.email());
        assertNull(email.phone());
        PeerCard phone = HELD.shownAs(new SharingChoices(false, false, false, true, false, false));
        assertEquals("+1 612 555 0100", phone.phone());
        assertNull(phone.email());
        PeerCard topics = HELD.shownAs(new SharingChoices(false, false, false, false, true, false));
        assertEquals(List.of("Cybersecurity"), topics.follows());
        assertEquals(List.of("Critical-incident planning"), topics.speaksTo());
        assertNull(topics.email());
    }

    @Test
    void aSearchByAHiddenOrganizationDoesNotFindTheMember() {
        PeerCard hidden = HELD.shownAs(new SharingChoices(true, false, false, false, false, false));
        assertFalse(new PeerSearch("Northstar", null, null, null).matches(hidden));
        assertTrue(new PeerSearch("Northstar", null, null, null).matches(HELD.shownAs(SharingChoices.DEFAULT)));
    }

    @Test
    void aSearchByAHiddenSectorOrTopicDoesNotFindTheMember() {
        PeerCard hidden = HELD.shownAs(new SharingChoices(true, false, false, false, false, false));
        assertFalse(new PeerSearch(null, "PRIVATE", null, null).matches(hidden));
        assertFalse(new PeerSearch(null, null, null, "Cybersecurity").matches(HELD.shownAs(SharingChoices.DEFAULT)));
        PeerCard topics = HELD.shownAs(new SharingChoices(true, true, false, false, true, false));
        assertTrue(new PeerSearch(null, "private", null, "cybersecurity").matches(topics));
        assertTrue(new PeerSearch(null, null, null, "Critical-incident  planning").matches(topics), "a topic spoken to counts");
    }

    @Test
    void everyWordOfTheQueryMustMatchNameTitleOrOrganizationIgnoringCase() {
        PeerCard shown = HELD.shownAs(SharingChoices.DEFAULT);
        assertTrue(new PeerSearch("dana security", null, null, null).matches(shown));
        assertTrue(new PeerSearch("  WHITFIELD  ", null, null, null).matches(shown));
        assertFalse(new PeerSearch("dana police", null, null, null).matches(shown));
    }

    @Test
    void aSearchByCriterionMatchesTheMembersCategory() {
        PeerCard shown = HELD.shownAs(SharingChoices.DEFAULT);
        assertTrue(new PeerSearch(null, null, "SECURITY_PRACTITIONER", null).matches(shown));
        assertFalse(new PeerSearch(null, null, "LAW_ENFORCEMENT_OFFICIAL", null).matches(shown));
        assertTrue(PeerSearch.ALL.matches(shown));
    }
}
