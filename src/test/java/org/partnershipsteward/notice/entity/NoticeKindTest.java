package org.partnershipsteward.notice.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class NoticeKindTest {

    @Test
    void onlyRemindersAndSurveyInvitationsAreOptional() {
        Set<NoticeKind> optional = Arrays.stream(NoticeKind.values())
                .filter(NoticeKind::optional)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(NoticeKind.class)));

        assertEquals(EnumSet.of(NoticeKind.REMINDER, NoticeKind.SURVEY_INVITATION, NoticeKind.ACTION_REMINDER), optional);
    }

    @Test
    void onlyTheUrgentAlertGoesAheadOfTheQueueAndNoOneCanSwitchItOff() {
        Set<NoticeKind> urgent = Arrays.stream(NoticeKind.values()).filter(NoticeKind::urgent)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(NoticeKind.class)));
        assertEquals(EnumSet.of(NoticeKind.URGENT_ALERT), urgent);
        assertEquals(false, NoticeKind.URGENT_ALERT.optional());
    }

    @Test
    void anUrgentNoticeIsClaimedBeforeEveryOtherKind() {
        for (NoticeKind kind : NoticeKind.values()) {
            if (kind != NoticeKind.URGENT_ALERT) {
                assertEquals(true, NoticeKind.URGENT_ALERT.priority() < kind.priority(), kind.name());
                assertEquals(NoticeKind.NORMAL_PRIORITY, kind.priority(), kind.name());
            }
        }
        assertEquals(NoticeKind.URGENT_PRIORITY, NoticeKind.URGENT_ALERT.priority());
    }

    @Test
    void templateNameIsTheConstantInLowerCaseWithDashes() {
        assertEquals("rsvp-confirmation", NoticeKind.RSVP_CONFIRMATION.templateName());
        assertEquals("invitation", NoticeKind.INVITATION.templateName());
        assertEquals("waitlist-promoted", NoticeKind.WAITLIST_PROMOTED.templateName());
    }

    @Test
    void everyKindTheApiContractNamesExists() {
        for (String name : new String[] {"INVITATION", "RSVP_CONFIRMATION", "REMINDER", "AGENDA_PUBLISHED",
                "AGENDA_CHANGED", "SUMMIT_CANCELLED", "APPLICATION_RECEIVED", "APPLICATION_DECIDED",
                "APPROVAL_REQUESTED", "COMPLIANCE_WARNING", "SEAT_VACANT", "CHAIR_HANDOVER",
                "SURVEY_INVITATION", "WELCOME"}) {
            assertEquals(name, NoticeKind.valueOf(name).name());
        }
    }
}
