package org.partnershipsteward.notice.control;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.partnershipsteward.notice.entity.NoticeKind;

/**
 * One sample model per kind, with a distinct value for every key the kind's templates use
 * (mirrors the table in the README).
 */
final class NoticeFixtures {

    static final String BASE_URL = "https://steward.example.org";
    static final String PARTNERSHIP = "Twin Cities Security Partnership";
    static final String RECIPIENT = "Zoë Ångström";

    private NoticeFixtures() {
    }

    static Map<String, Object> base() {
        Map<String, Object> model = new HashMap<>();
        model.put("partnershipName", PARTNERSHIP);
        model.put("recipientName", RECIPIENT);
        model.put("baseUrl", BASE_URL);
        return model;
    }

    static Map<String, Object> model(NoticeKind kind) {
        Map<String, Object> model = base();
        model.putAll(SPECIFIC.get(kind));
        return model;
    }

    static String link(NoticeKind kind) {
        return (String) SPECIFIC.get(kind).get("link");
    }

    private static final Map<NoticeKind, Map<String, Object>> SPECIFIC = new EnumMap<>(NoticeKind.class);

    static {
        String summit = "Spring Summit on Grid Resilience";
        String starts = "Thursday, May 14, 2026, 9:00 AM CDT";
        String venue = "Federal Reserve Bank, 90 Hennepin Ave, Minneapolis";
        SPECIFIC.put(NoticeKind.INVITATION, Map.of("summitTitle", summit, "startsAt", starts, "venue", venue,
                "rsvpDeadline", "April 30, 2026", "link", BASE_URL + "/rsvp/tok-inv-1",
                "agenda", "1. Grid threat briefing (40 min) [TLP:AMBER], Ingrid Solberg\n"
                        + "2. Restricted item (30 min) [TLP:RED]: its title, presenter and details are only in the portal",
                "restricted", true, "summitPage", BASE_URL + "/summits/view.xhtml?id=42"));
        SPECIFIC.put(NoticeKind.RSVP_CONFIRMATION, Map.of("summitTitle", summit, "startsAt", starts,
                "venue", venue, "rsvpStatus", "Waitlisted", "link", BASE_URL + "/summits/42"));
        // the nudge variant: the member has not answered, so the link is their answer link
        SPECIFIC.put(NoticeKind.REMINDER, Map.of("summitTitle", summit, "startsAt", starts, "venue", venue,
                "link", BASE_URL + "/rsvp/tok-rem-9", "notAnswered", true, "rsvpDeadline", "1 April 2026, 17:00",
                "unsubscribeLink", BASE_URL + "/unsubscribe/tok-rem-9"));
        SPECIFIC.put(NoticeKind.AGENDA_PUBLISHED, Map.of("summitTitle", summit, "startsAt", starts,
                "link", BASE_URL + "/summits/42/agenda"));
        SPECIFIC.put(NoticeKind.AGENDA_CHANGED, Map.of("summitTitle", summit, "startsAt", starts,
                "changeSummary", "Cyber briefing moved to 10:30", "link", BASE_URL + "/summits/42/agenda#v3",
                "agenda", "1. Round table (30 min) [Chatham House Rule: use the information, do not attribute it]\n"
                        + "2. Restricted item (20 min) [TLP:AMBER+STRICT]: its title, presenter and details are only in the portal",
                "restricted", true, "summitPage", BASE_URL + "/summits/view.xhtml?id=42"));
        SPECIFIC.put(NoticeKind.SUMMIT_CANCELLED, Map.of("summitTitle", summit, "startsAt", starts,
                "reason", "Severe weather warning for the Twin Cities", "link", BASE_URL + "/summits/42"));
        SPECIFIC.put(NoticeKind.SUMMIT_MOVED, Map.of("summitTitle", summit,
                "previousStartsAt", "Thursday, May 7, 2026, 9:00 AM CDT", "startsAt", starts, "venue", venue,
                "link", BASE_URL + "/summits/42/rsvp"));
        SPECIFIC.put(NoticeKind.APPLICATION_RECEIVED, Map.of("organizationName", "Acme Logistics",
                "link", BASE_URL + "/applications/17"));
        SPECIFIC.put(NoticeKind.APPLICATION_DECIDED, Map.of("approved", true, "rejected", false, "ineligible", false,
                "reason", "The board welcomes your supply-chain expertise.", "link", BASE_URL + "/applications/18"));
        SPECIFIC.put(NoticeKind.APPROVAL_REQUESTED, Map.of("itemTitle", "Membership application of Jane Roe",
                "dueBy", "June 2, 2026", "link", BASE_URL + "/applications/19/vote"));
        SPECIFIC.put(NoticeKind.COMPLIANCE_WARNING, Map.of("period", "2026-H1",
                "reasons", List.of("Attended 0 of 1 required summits", "Answered 0 of 2 surveys"),
                "link", BASE_URL + "/members/me/compliance"));
        SPECIFIC.put(NoticeKind.SEAT_VACANT, Map.of("seatName", "FBI Special Agent in Charge",
                "previousHolderName", "Pat Quinn", "effectiveDate", "July 1, 2026", "link", BASE_URL + "/board/seats/3"));
        SPECIFIC.put(NoticeKind.CHAIR_HANDOVER, Map.of("outgoingChairName", "Chief Dana Ortiz",
                "incomingChairName", "Sheriff Lee Park", "effectiveDate", "January 1, 2027", "link", BASE_URL + "/board"));
        SPECIFIC.put(NoticeKind.SURVEY_INVITATION, Map.of("surveyTitle", "Priorities for 2027",
                "closesAt", "October 15, 2026", "link", BASE_URL + "/surveys/5",
                "unsubscribeLink", BASE_URL + "/unsubscribe/tok-srv-4"));
        SPECIFIC.put(NoticeKind.WELCOME, Map.of("loginEmail", "zoe@acme.example", "link", BASE_URL + "/login"));
        SPECIFIC.put(NoticeKind.PASSWORD_RESET, Map.of("expiresAt", "May 14, 2026, 11:00 AM CDT",
                "link", BASE_URL + "/password/reset/tok-pw-8"));
        SPECIFIC.put(NoticeKind.WAITLIST_PROMOTED, Map.of("summitTitle", summit, "startsAt", starts,
                "venue", venue, "link", BASE_URL + "/summits/42/rsvp"));
        SPECIFIC.put(NoticeKind.BYLAWS_AMENDED, Map.of("bylawsVersion", "3", "effectiveFrom", "September 1, 2026",
                "summary", "Attendance may now count a named delegate", "link", BASE_URL + "/bylaws/3"));
        SPECIFIC.put(NoticeKind.SEAT_HOLDER_INELIGIBLE, Map.of("seatName", "Police Chief", "holderName", "Dana Ortiz",
                "reasons", "Deputy Chief at Minneapolis Police Department. The title 'Deputy Chief' is a subordinate rank.",
                "link", BASE_URL + "/board.xhtml"));
        SPECIFIC.put(NoticeKind.ASSISTANT_WELCOME, Map.of("principalName", "Maria Lindqvist", "loginEmail",
                "tom.berg@steward.example", "signIn", BASE_URL + "/login.xhtml", "link", BASE_URL + "/set-password.xhtml?token=tok-as-1"));
        SPECIFIC.put(NoticeKind.TERM_ENDING, Map.of("seatName", "Corporate security seat 2",
                "termEnd", "December 31, 2026", "link", BASE_URL + "/board/seats/7"));
        SPECIFIC.put(NoticeKind.SUCCESSOR_INVITED, Map.of("predecessorName", "Chief Erik Sandvik",
                "organizationName", "Minneapolis Police Department", "link", BASE_URL + "/apply.xhtml"));
        SPECIFIC.put(NoticeKind.CONTACT_CONFIRMATION, Map.of("title", "Chief Security Officer",
                "organizationName", "North Star Retail Corporation", "phone", "+1 612 555 0142",
                "assistantName", "Mark Ellis", "expiresAt", "December 22, 2026",
                "link", BASE_URL + "/contact.xhtml?token=tok-contact-9"));
        SPECIFIC.put(NoticeKind.MINUTES_PUBLISHED, Map.of("summitTitle", summit, "startsAt", starts,
                "link", BASE_URL + "/summits/minutes.xhtml?id=42",
                "minutes", "Present: Dana Ortiz, Lu Ng (by a delegate)\n\n1. Grid threat briefing [TLP:AMBER]\nAgreed to share the plan.",
                "restricted", true));
        SPECIFIC.put(NoticeKind.ACTION_ASSIGNED, Map.of("summitTitle", summit, "actionTitle", "Share the drill plan",
                "due", "2026-06-30", "link", BASE_URL + "/action/tok-act-1", "portal", BASE_URL + "/member/actions.xhtml"));
        SPECIFIC.put(NoticeKind.ACTION_REMINDER, Map.of("summitTitle", summit, "actionTitle", "Map the cameras",
                "due", "2026-07-15", "link", BASE_URL + "/action/tok-act-2", "unsubscribeLink", BASE_URL + "/unsubscribe/tok-act-2"));
        // every branch at once: a drill's second mail, a copy for a backup contact, both the text and the restricted note
        Map<String, Object> alert = new HashMap<>();
        alert.put("drill", true);
        alert.put("second", true);
        alert.put("copyFor", "Dana Whitfield");
        alert.put("sentAt", "Tuesday, December 1, 2026, 9:14 AM CST");
        alert.put("headline", "Bridge closed: Hennepin Avenue");
        alert.put("label", "TLP:AMBER");
        alert.put("labelMeaning", "Recipients may share it within their organisation and its clients.");
        alert.put("alertBody", "Command post at the North Star parking ramp, level 2.");
        alert.put("restricted", true);
        alert.put("portalLink", BASE_URL + "/member/alert.xhtml?id=7");
        alert.put("link", BASE_URL + "/alert/tok-alert-7");
        SPECIFIC.put(NoticeKind.URGENT_ALERT, alert);
    }

    static Map<String, Object> specific(NoticeKind kind) {
        return SPECIFIC.get(kind);
    }
}
