package org.partnershipsteward.membership.entity;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A member's 24/7 contacts for the emergency roster: their mobile, an after-hours line, and a backup person
 * who can be reached when they cannot. Values are trimmed; blank is absent.
 */
public record EmergencyContacts(String mobile, String afterHoursPhone, String backupName, String backupPhone,
        String backupEmail) {

    public EmergencyContacts {
        mobile = clean(mobile);
        afterHoursPhone = clean(afterHoursPhone);
        backupName = clean(backupName);
        backupPhone = clean(backupPhone);
        backupEmail = clean(backupEmail);
    }

    /** Nothing at all: saving this removes the member from the roster. */
    public boolean isEmpty() {
        return mobile == null && afterHoursPhone == null && backupName == null && backupPhone == null && backupEmail == null;
    }

    /**
     * The roster rules, field by field (empty when the contacts are acceptable): an entry names at least one
     * number that reaches the member at any hour (mobile or after-hours line); a backup person has a name and
     * a way to reach them (phone or email), and a phone or email without a name is refused.
     */
    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (isEmpty()) {
            return problems;
        }
        if (mobile == null && afterHoursPhone == null) {
            problems.put("mobile", "give a mobile or an after-hours line: the roster is for reaching you at any hour");
        }
        boolean backupReachable = backupPhone != null || backupEmail != null;
        if (backupName != null && !backupReachable) {
            problems.put("backupPhone", "give your backup's phone or email");
        }
        if (backupName == null && backupReachable) {
            problems.put("backupName", "give the name of the person behind the backup phone or email");
        }
        return problems;
    }

    private static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
