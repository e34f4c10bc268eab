package org.partnershipsteward.incident.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.partnershipsteward.summit.entity.Sharing;

class AlertDisclosureTest {

    private static final String TITLE = "Bridge closed: Hennepin Ave";
    private static final String BODY = "Command post at the Target HQ parking ramp.";

    @Test
    void aRedAlertsTextNeverLeavesThePortalItsMailSaysOnlyThatItExists() {
        AlertDisclosure.Text mail = AlertDisclosure.memberMail(TITLE, BODY, Sharing.TLP_RED);
        assertTrue(mail.restricted());
        assertNull(mail.title());
        assertNull(mail.body());
        assertEquals("TLP:RED", mail.label());
    }

    @Test
    void aRedAlertNeverReachesABackupContactOrAnAssistant() {
        AlertDisclosure.Text copy = AlertDisclosure.backupCopy(TITLE, BODY, Sharing.TLP_RED);
        assertTrue(copy.restricted());
        assertNull(copy.title());
        assertNull(copy.body());
    }

    @Test
    void anAmberStrictAlertGoesToTheMemberInFull() {
        AlertDisclosure.Text mail = AlertDisclosure.memberMail(TITLE, BODY, Sharing.TLP_AMBER_STRICT);
        assertFalse(mail.restricted());
        assertEquals(TITLE, mail.title());
        assertEquals(BODY, mail.body());
        assertEquals("TLP:AMBER+STRICT", mail.label());
    }

    @Test
    void anAmberStrictAlertNeverReachesABackupContactOrAnAssistant() {
        AlertDisclosure.Text copy = AlertDisclosure.backupCopy(TITLE, BODY, Sharing.TLP_AMBER_STRICT);
        assertTrue(copy.restricted());
        assertNull(copy.title());
        assertNull(copy.body());
    }

    @Test
    void everyOtherLabelGoesInFullToMemberAndBackupWithItsLabel() {
        for (Sharing s : EnumSet.of(Sharing.TLP_CLEAR, Sharing.TLP_GREEN, Sharing.TLP_AMBER, Sharing.CHATHAM_HOUSE)) {
            AlertDisclosure.Text mail = AlertDisclosure.memberMail(TITLE, BODY, s);
            AlertDisclosure.Text copy = AlertDisclosure.backupCopy(TITLE, BODY, s);
            assertFalse(mail.restricted(), s.name());
            assertFalse(copy.restricted(), s.name());
            assertEquals(BODY, copy.body(), s.name());
            assertEquals(s.notice(), mail.label(), s.name());
        }
    }

    @Test
    void aChathamHouseAlertCarriesTheRule() {
        assertEquals(Sharing.CHATHAM_HOUSE_NOTICE, AlertDisclosure.memberMail(TITLE, BODY, Sharing.CHATHAM_HOUSE).label());
    }

    @Test
    void theAuditTrailNamesARedOrAmberStrictAlertOnlyByItsLabel() {
        assertFalse(AlertDisclosure.logged(TITLE, Sharing.TLP_RED).contains(TITLE));
        assertEquals("a TLP:RED alert (title kept in the portal)", AlertDisclosure.logged(TITLE, Sharing.TLP_RED));
        assertEquals(TITLE, AlertDisclosure.logged(TITLE, Sharing.TLP_AMBER));
    }
}
