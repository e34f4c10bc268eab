package org.partnershipsteward.membership.control;

import java.util.Objects;
import java.util.Set;
import org.partnershipsteward.platform.security.Roles;

/**
 * Who may act for a member (issue 17), pure: the member themself, the secretariat, or an assistant the member
 * named (their principal). Names the assistants and the words an answer is recorded with.
 */
public final class Delegation {

    /** How a caller stands to a member when answering an invitation for them. */
    public enum Answerer {
        /** The member answers for themself. */
        SELF,
        /** The secretariat records an answer for the member (also after the deadline). */
        SECRETARIAT,
        /** An assistant answers for a principal, within the deadline like the member. */
        ASSISTANT,
        /** Anybody else: refused (403). */
        NONE
    }

    private Delegation() {
    }

    /** Names or removes a member's assistants: the secretariat, or the member for themself; nobody else. */
    public static boolean mayManageAssistants(Set<String> callerRoles, Long callerMemberId, long memberId) {
        return callerRoles.contains(Roles.SECRETARIAT) || Objects.equals(callerMemberId, memberId);
    }

    /**
     * Who answers for the member: the secretariat always may; a member only for themself; an assistant only for a
     * member they serve (an assistant of A answering for B is refused).
     */
    public static Answerer answerer(Set<String> callerRoles, Long callerMemberId, Set<Long> principals, long memberId) {
        if (callerRoles.contains(Roles.SECRETARIAT)) {
            return Answerer.SECRETARIAT;
        }
        if (Objects.equals(callerMemberId, memberId)) {
            return Answerer.SELF;
        }
        if (callerRoles.contains(Roles.ASSISTANT) && principals.contains(memberId)) {
            return Answerer.ASSISTANT;
        }
        return Answerer.NONE;
    }

    /** What an RSVP records as {@code answeredBy} when an assistant answers: {@code Pat Lee (assistant)}. */
    public static String answeredBy(String assistantName) {
        return assistantName.strip() + " (assistant)";
    }

    /**
     * The audit trail's words for who gave an answer: {@code by Pat Lee (assistant) for Maria Lindqvist} when an
     * assistant did, else {@code by <who>} (the member's email, the secretariat's, or "link").
     */
    public static String onBehalf(String answeredBy, String memberName) {
        return "by " + answeredBy + (byAssistant(answeredBy) ? " for " + memberName : "");
    }

    /** Whether an answer was given by an assistant (what the principal's page says: "Answered by ... (assistant)"). */
    public static boolean byAssistant(String answeredBy) {
        return answeredBy != null && answeredBy.endsWith(" (assistant)");
    }

    /**
     * What the principal's pages say of who gave an answer, or "" when they gave it themself (signed in with their own
     * email): {@code Answered by Pat Lee (assistant) on <when>}; "through the invitation's link" for a link.
     */
    public static String answeredNote(String answeredBy, String memberEmail, String when) {
        if (answeredBy == null || answeredBy.equalsIgnoreCase(memberEmail)) {
            return "";
        }
        if ("link".equals(answeredBy)) {
            return "Answered through the invitation's link on " + when;
        }
        return "Answered by " + answeredBy + " on " + when;
    }

    /** An assistant's login stays open while they serve at least one member; removing the last closes it. */
    public static boolean loginOpen(Set<Long> principals) {
        return !principals.isEmpty();
    }
}
