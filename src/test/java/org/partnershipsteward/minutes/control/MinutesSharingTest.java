package org.partnershipsteward.minutes.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.partnershipsteward.minutes.control.MinutesSharing.Name;
import org.partnershipsteward.summit.control.SharingPolicy.Audience;
import org.partnershipsteward.summit.entity.Sharing;

/** Sharing labels on minutes: TLP:RED only in the portal and only for attendees; Chatham House without names. */
class MinutesSharingTest {

    private static final List<Name> ATTENDEES = List.of(new Name("Dana", "Whitfield"), new Name("Lu", "Ng"));

    @Test
    void aTlpRedSectionIsShownInThePortalOnlyToThoseWhoAttended() {
        assertTrue(MinutesSharing.shown(Sharing.TLP_RED, Audience.PORTAL, true));
        assertFalse(MinutesSharing.shown(Sharing.TLP_RED, Audience.PORTAL, false));
    }

    @ParameterizedTest
    @EnumSource(value = Audience.class, names = "PORTAL", mode = EnumSource.Mode.EXCLUDE)
    void aTlpRedSectionNeverLeavesThePortalEvenForAnAttendee(Audience audience) {
        assertFalse(MinutesSharing.shown(Sharing.TLP_RED, audience, true));
    }

    @Test
    void otherLabelsFollowTheAgendaSharingPolicy() {
        assertTrue(MinutesSharing.shown(Sharing.TLP_AMBER, Audience.MEMBER_MAIL, false));
        assertTrue(MinutesSharing.shown(null, Audience.EXPORT, false));
        assertFalse(MinutesSharing.shown(Sharing.TLP_AMBER_STRICT, Audience.ASSISTANT_COPY, true));
        assertTrue(MinutesSharing.shown(Sharing.CHATHAM_HOUSE, Audience.MEMBER_MAIL, false));
    }

    @Test
    void theWithheldTextNamesTheLabelAndNotTheNotes() {
        assertTrue(MinutesSharing.withheld(Sharing.TLP_RED).contains("TLP:RED"));
        assertTrue(MinutesSharing.withheld(Sharing.TLP_RED).contains("those who attended"));
    }

    @Test
    void aChathamHouseSectionThatNamesAnAttendeeIsFlagged() {
        assertEquals(List.of("Dana Whitfield"), MinutesSharing.attributions(Sharing.CHATHAM_HOUSE,
                "Chief whitfield said the plan is late.", ATTENDEES));
        assertEquals(List.of("Dana Whitfield"), MinutesSharing.attributions(Sharing.CHATHAM_HOUSE,
                "As DANA  WHITFIELD put it ...", ATTENDEES));
    }

    @Test
    void aNameInsideAnotherWordOrAShortLastNameAloneIsNoAttribution() {
        assertEquals(List.of(), MinutesSharing.attributions(Sharing.CHATHAM_HOUSE, "Whitfieldson's report; Ng", ATTENDEES));
        assertEquals(List.of("Lu Ng"), MinutesSharing.attributions(Sharing.CHATHAM_HOUSE, "Lu Ng asked", ATTENDEES));
    }

    @Test
    void sectionsUnderOtherLabelsMayNameAttendees() {
        assertEquals(List.of(), MinutesSharing.attributions(Sharing.TLP_GREEN, "Dana Whitfield presented", ATTENDEES));
        assertEquals(List.of(), MinutesSharing.attributions(null, "Dana Whitfield presented", ATTENDEES));
    }
}
