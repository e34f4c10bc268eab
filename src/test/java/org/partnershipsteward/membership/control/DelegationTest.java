package org.partnershipsteward.membership.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.partnershipsteward.membership.control.Delegation.Answerer;
import org.partnershipsteward.platform.security.Roles;

/** Issue 17: who may act for a member (name assistants, answer invitations) and how it is recorded. */
class DelegationTest {

    private static final long ALEX = 11;
    private static final long BLAIR = 12;
    private static final Set<String> ASSISTANT = Set.of(Roles.ASSISTANT);
    private static final Set<String> MEMBER = Set.of(Roles.MEMBER);
    private static final Set<String> BOARD = Set.of(Roles.BOARD, Roles.MEMBER);
    private static final Set<String> SECRETARIAT = Set.of(Roles.SECRETARIAT);

    @Test
    void theSecretariatOrTheMemberThemselfNameTheMembersAssistants() {
        assertTrue(Delegation.mayManageAssistants(SECRETARIAT, null, ALEX));
        assertTrue(Delegation.mayManageAssistants(MEMBER, ALEX, ALEX));
        assertFalse(Delegation.mayManageAssistants(MEMBER, BLAIR, ALEX), "another member");
        assertFalse(Delegation.mayManageAssistants(BOARD, BLAIR, ALEX), "a board member for someone else");
        assertFalse(Delegation.mayManageAssistants(ASSISTANT, null, ALEX), "an assistant names no one");
    }

    @Test
    void anAssistantAnswersForTheirPrincipal() {
        assertEquals(Answerer.ASSISTANT, Delegation.answerer(ASSISTANT, null, Set.of(ALEX), ALEX));
    }

    @Test
    void anAssistantOfAAnsweringForBIsRefused() {
        assertEquals(Answerer.NONE, Delegation.answerer(ASSISTANT, null, Set.of(ALEX), BLAIR));
    }

    @Test
    void anAssistantServingSeveralMembersAnswersForEachOfThem() {
        assertEquals(Answerer.ASSISTANT, Delegation.answerer(ASSISTANT, null, Set.of(ALEX, BLAIR), ALEX));
        assertEquals(Answerer.ASSISTANT, Delegation.answerer(ASSISTANT, null, Set.of(ALEX, BLAIR), BLAIR));
    }

    @Test
    void anAssistantWhoServesNobodyAnymoreAnswersForNobody() {
        assertEquals(Answerer.NONE, Delegation.answerer(ASSISTANT, null, Set.of(), ALEX));
    }

    @Test
    void aMemberAnswersOnlyForThemselfAndTheSecretariatForAnyone() {
        assertEquals(Answerer.SELF, Delegation.answerer(MEMBER, ALEX, Set.of(), ALEX));
        assertEquals(Answerer.NONE, Delegation.answerer(MEMBER, ALEX, Set.of(), BLAIR));
        assertEquals(Answerer.NONE, Delegation.answerer(MEMBER, ALEX, Set.of(BLAIR), BLAIR),
                "principals count only for the ASSISTANT role");
        assertEquals(Answerer.SECRETARIAT, Delegation.answerer(SECRETARIAT, null, Set.of(), BLAIR));
    }

    @Test
    void anAssistantsAnswerIsRecordedByAssistantForMember() {
        assertEquals("Pat Lee (assistant)", Delegation.answeredBy(" Pat Lee "));
        assertEquals("by Pat Lee (assistant) for Maria Lindqvist",
                Delegation.onBehalf(Delegation.answeredBy("Pat Lee"), "Maria Lindqvist"));
        assertEquals("by link", Delegation.onBehalf("link", "Maria Lindqvist"), "a link's answer names no assistant");
        assertTrue(Delegation.byAssistant("Pat Lee (assistant)"));
        assertFalse(Delegation.byAssistant("link"));
        assertFalse(Delegation.byAssistant("maria@steward.example"));
    }

    @Test
    void thePrincipalSeesWhoAnsweredUnlessTheyDidThemself() {
        assertEquals("Answered by Pat Lee (assistant) on Dec 3, 2026",
                Delegation.answeredNote("Pat Lee (assistant)", "maria@steward.example", "Dec 3, 2026"));
        assertEquals("", Delegation.answeredNote("Maria@Steward.example", "maria@steward.example", "Dec 3, 2026"));
        assertEquals("Answered through the invitation's link on Dec 3, 2026",
                Delegation.answeredNote("link", "maria@steward.example", "Dec 3, 2026"),
                "a link cannot know who clicked: it stays \"link\"");
    }

    @Test
    void removingTheLastPrincipalClosesTheAssistantsLogin() {
        assertTrue(Delegation.loginOpen(Set.of(ALEX)));
        assertFalse(Delegation.loginOpen(Set.of()));
    }
}
