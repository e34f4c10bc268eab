package org.partnershipsteward.membership.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnershipsteward.membership.entity.SharingChoices;

/** Issue 19: vCard 4.0 (RFC 6350) of the directory, with only what each member shares, escaped and folded. */
class VCardsTest {

    @Test
    void aCardHoldsOnlyWhatTheMemberShares() {
        String card = VCards.of(DirectorySharingTest.HELD.shownAs(SharingChoices.DEFAULT));
        assertTrue(card.startsWith("BEGIN:VCARD\r\nVERSION:4.0\r\n"), card);
        assertTrue(card.contains("FN:Dana Whitfield\r\n"), card);
        assertTrue(card.contains("N:Whitfield;Dana;;;\r\n"), card);
        assertTrue(card.contains("TITLE:Chief Security Officer\r\n"), card);
        assertTrue(card.contains("ORG:Northstar Retail\r\n"), card);
        assertFalse(card.contains("EMAIL"), card);
        assertFalse(card.contains("TEL"), card);
        assertFalse(card.contains("NOTE"), card);
        assertTrue(card.endsWith("END:VCARD\r\n"), card);
    }

    @Test
    void sharedEmailPhoneAndTopicsAreWritten() {
        String card = VCards.of(DirectorySharingTest.HELD.shownAs(new SharingChoices(true, true, true, true, true, false)));
        assertTrue(card.contains("EMAIL;TYPE=work:dana@northstar.example\r\n"), card);
        assertTrue(card.contains("TEL;VALUE=text;TYPE=work,voice:+1 612 555 0100\r\n"), card);
        assertTrue(card.contains("CATEGORIES:Cybersecurity,Critical-incident planning\r\n"), card);
        assertTrue(card.contains("NOTE:Follows: Cybersecurity\\nCan speak to: Critical-incident planning\r\n"), card);
    }

    @Test
    void backslashCommaSemicolonAndLineBreaksAreEscaped() {
        assertEquals("a\\\\b\\,c\\;d\\ne\\nf", VCards.escape("a\\b,c;d\r\ne\nf"));
        PeerCard odd = new PeerCard(1, "Jo;hn", "Smith, Jr.", "VP\r\nEND:VCARD", "Acme; Inc", "PRIVATE",
                "SECURITY_PRACTITIONER", null, null, List.of(), List.of());
        String card = VCards.of(odd);
        assertTrue(card.contains("N:Smith\\, Jr.;Jo\\;hn;;;\r\n"), card);
        assertTrue(card.contains("TITLE:VP\\nEND:VCARD\r\n"), "a line break cannot end the card early: " + card);
        assertEquals(1, java.util.Arrays.stream(card.split("\r\n")).filter("END:VCARD"::equals).count(), card);
        assertTrue(card.contains("ORG:Acme\\; Inc\r\n"), card);
    }

    @Test
    void longLinesAreFoldedAtSeventyFiveOctetsWithoutSplittingACharacter() {
        String title = "Directeur de la sûreté ".repeat(6);
        PeerCard card = new PeerCard(1, "Émile", "Zoë", title, null, null, "SECURITY_PRACTITIONER", null, null,
                List.of(), List.of());
        String text = VCards.of(card);
        for (String line : text.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
        }
        String unfolded = text.replace("\r\n ", "");
        assertTrue(unfolded.contains("TITLE:" + title.strip() + "\r\n") || unfolded.contains("TITLE:" + title + "\r\n"), unfolded);
    }

    @Test
    void aSearchResultIsOneFileWithOneCardPerMember() {
        PeerCard other = new PeerCard(8, "Ray", "Ortiz", "Chief of Police", "St. Paul Police", "PUBLIC",
                "LAW_ENFORCEMENT_OFFICIAL", null, null, List.of(), List.of());
        String file = VCards.of(List.of(DirectorySharingTest.HELD.shownAs(SharingChoices.DEFAULT), other));
        assertEquals(2, file.split("BEGIN:VCARD", -1).length - 1);
        assertTrue(file.indexOf("FN:Dana Whitfield") < file.indexOf("FN:Ray Ortiz"));
    }
}
