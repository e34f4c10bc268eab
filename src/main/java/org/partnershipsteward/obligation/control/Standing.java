package org.partnershipsteward.obligation.control;

import java.util.List;

/**
 * One member's standing for one period, with every reason.
 *
 * @param judged   false when the bylaws do not judge the member for this period (joined during it, left)
 * @param excused  the secretariat excused the member; the shortfalls stay listed, the member is compliant
 */
public record Standing(long memberId, String period, boolean judged, int attended, int requiredAttendances,
        int surveysAnswered, int surveysIssued, boolean bylawsAcknowledged, boolean excused, boolean compliant,
        List<String> reasons) {

    /** Whether the member fell short and was not excused: this is what the consequences act on. */
    public boolean fellShort() {
        return judged && !compliant;
    }
}
