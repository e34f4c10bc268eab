package org.partnershipsteward.summit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.partnershipsteward.summit.control.SharingPolicy.Audience;
import org.partnershipsteward.summit.control.SharingPolicy.Disclosure;
import org.partnershipsteward.summit.control.SharingPolicy.Entry;
import org.partnershipsteward.summit.entity.Sharing;

class SharingPolicyTest {

    private static final Entry RED = new Entry("Insider threat at Plant 7", "Dana Whitfield", 30, Sharing.TLP_RED);
    private static final Entry STRICT = new Entry("Ransom negotiation playbook", "Lee Okafor", 25, Sharing.TLP_AMBER_STRICT);
    private static final Entry AMBER = new Entry("Grid threat briefing", "Ingrid Solberg", 40, Sharing.TLP_AMBER);
    private static final Entry CHATHAM = new Entry("Round table on extortion", "Sam Reyes", 45, Sharing.CHATHAM_HOUSE);

    @ParameterizedTest
    @EnumSource(value = Audience.class, names = "PORTAL", mode = EnumSource.Mode.EXCLUDE)
    void aRedItemsTitleNeverLeavesThePortal(Audience audience) {
        String line = SharingPolicy.line(3, RED, audience);
        assertEquals(Disclosure.RESTRICTED, SharingPolicy.disclosure(Sharing.TLP_RED, audience));
        assertFalse(line.contains("Insider threat"), line);
        assertFalse(line.contains("Plant 7"), line);
        assertFalse(line.contains("Dana Whitfield"), "nor its presenter: " + line);
    }

    @ParameterizedTest
    @EnumSource(value = Audience.class, names = "PORTAL", mode = EnumSource.Mode.EXCLUDE)
    void aRedItemOutsideThePortalStillSaysARestrictedItemExistsWithItsLabel(Audience audience) {
        String line = SharingPolicy.line(3, RED, audience);
        assertEquals("3. Restricted item (30 min) [TLP:RED]: its title, presenter and details are only in the portal", line);
        assertTrue(SharingPolicy.agenda(List.of(AMBER, RED), audience).restricted(), "the mail then links to the portal");
    }

    @Test
    void aRedItemIsShownInFullOnThePortalPage() {
        assertEquals(Disclosure.FULL, SharingPolicy.disclosure(Sharing.TLP_RED, Audience.PORTAL));
        assertEquals("1. Insider threat at Plant 7 (30 min) [TLP:RED], Dana Whitfield", SharingPolicy.line(1, RED, Audience.PORTAL));
    }

    @Test
    void amberStrictNeverReachesAnAssistant() {
        String line = SharingPolicy.line(2, STRICT, Audience.ASSISTANT_COPY);
        assertEquals(Disclosure.RESTRICTED, SharingPolicy.disclosure(Sharing.TLP_AMBER_STRICT, Audience.ASSISTANT_COPY));
        assertFalse(line.contains("Ransom") || line.contains("Lee Okafor"), line);
        assertTrue(line.contains("[TLP:AMBER+STRICT]"), line);
    }

    @Test
    void amberStrictStaysOutOfCalendarsBecauseCalendarsAreSharedWithDelegates() {
        assertEquals(Disclosure.RESTRICTED, SharingPolicy.disclosure(Sharing.TLP_AMBER_STRICT, Audience.CALENDAR));
        assertFalse(SharingPolicy.line(1, STRICT, Audience.CALENDAR).contains("Ransom"));
    }

    @Test
    void amberStrictReachesTheMemberThemself() {
        assertEquals("1. Ransom negotiation playbook (25 min) [TLP:AMBER+STRICT], Lee Okafor",
                SharingPolicy.line(1, STRICT, Audience.MEMBER_MAIL));
    }

    @ParameterizedTest
    @EnumSource(value = Sharing.class, names = {"TLP_CLEAR", "TLP_GREEN", "TLP_AMBER", "CHATHAM_HOUSE"})
    void clearGreenAmberAndChathamHouseItemsMayGoEverywhereWithTheirLabel(Sharing sharing) {
        for (Audience audience : Audience.values()) {
            assertEquals(Disclosure.FULL, SharingPolicy.disclosure(sharing, audience), sharing + " to " + audience);
        }
    }

    @Test
    void amberMayReachAnAssistantInTheMembersOwnOrganisation() {
        assertEquals("1. Grid threat briefing (40 min) [TLP:AMBER], Ingrid Solberg", SharingPolicy.line(1, AMBER, Audience.ASSISTANT_COPY));
    }

    @Test
    void anItemWithoutALabelIsNotRestricted() {
        Entry plain = new Entry("Welcome", null, 10, null);
        for (Audience audience : Audience.values()) {
            assertEquals("1. Welcome (10 min)", SharingPolicy.line(1, plain, audience));
        }
    }

    @Test
    void aChathamHouseItemSaysTheRuleWhereverItAppears() {
        for (Audience audience : Audience.values()) {
            assertTrue(SharingPolicy.line(1, CHATHAM, audience)
                    .contains("[Chatham House Rule: use the information, do not attribute it]"), audience.name());
        }
    }

    @Test
    void anAssistantsAgendaKeepsTheOrderAndLeavesRedAndAmberStrictAsRestrictedItems() {
        SharingPolicy.Text text = SharingPolicy.agenda(List.of(AMBER, RED, STRICT, CHATHAM), Audience.ASSISTANT_COPY);
        assertTrue(text.restricted());
        assertEquals("""
                1. Grid threat briefing (40 min) [TLP:AMBER], Ingrid Solberg
                2. Restricted item (30 min) [TLP:RED]: its title, presenter and details are only in the portal
                3. Restricted item (25 min) [TLP:AMBER+STRICT]: its title, presenter and details are only in the portal
                4. Round table on extortion (45 min) [Chatham House Rule: use the information, do not attribute it], Sam Reyes""",
                text.lines());
    }

    @Test
    void aMembersAgendaWithoutRedItemsNeedsNoPortalLink() {
        SharingPolicy.Text text = SharingPolicy.agenda(List.of(AMBER, STRICT, CHATHAM), Audience.MEMBER_MAIL);
        assertFalse(text.restricted());
        assertTrue(text.lines().contains("Ransom negotiation playbook"));
    }

    @Test
    void theAuditTrailAndLogsKeepARedTitleOutAndOtherTitlesIn() {
        assertEquals("a TLP:RED item (title kept in the portal)", SharingPolicy.logged(RED.title(), Sharing.TLP_RED));
        assertEquals("Ransom negotiation playbook", SharingPolicy.logged(STRICT.title(), Sharing.TLP_AMBER_STRICT));
        assertEquals("Welcome", SharingPolicy.logged("Welcome", null));
    }

    @Test
    void labelsAreWrittenExactlyAsFirstWritesThem() {
        assertEquals(List.of("TLP:CLEAR", "TLP:GREEN", "TLP:AMBER", "TLP:AMBER+STRICT", "TLP:RED"),
                List.of(Sharing.TLP_CLEAR, Sharing.TLP_GREEN, Sharing.TLP_AMBER, Sharing.TLP_AMBER_STRICT, Sharing.TLP_RED)
                        .stream().map(Sharing::label).toList());
        assertEquals("tlp tlp-amber-strict", Sharing.TLP_AMBER_STRICT.styleClass());
        assertEquals("tlp tlp-red", Sharing.TLP_RED.styleClass());
    }

    @ParameterizedTest
    @EnumSource(Sharing.class)
    void anAssistantReadsTheSameWhereverTheyReadItPortalPageMailCopyOrCalendar(Sharing sharing) {
        // issue 17: one rule for the assistant's portal, the copy of each summit mail and the calendar entry it carries
        boolean keptFromAssistants = sharing == Sharing.TLP_RED || sharing == Sharing.TLP_AMBER_STRICT;
        Disclosure expected = keptFromAssistants ? Disclosure.RESTRICTED : Disclosure.FULL;
        assertEquals(expected, SharingPolicy.disclosure(sharing, Audience.ASSISTANT_COPY));
        assertEquals(expected, SharingPolicy.disclosure(sharing, Audience.CALENDAR),
                "the member's calendar entry goes to the assistant too: it may carry no more than the assistant reads");
    }
}
