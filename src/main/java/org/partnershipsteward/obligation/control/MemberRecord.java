package org.partnershipsteward.obligation.control;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What the compliance policy needs to know about one member for one period, as plain values.
 *
 * @param memberId              the member
 * @param joinedOn              when the membership began
 * @param reinstatedOn          when a lapsed membership was taken up again (null if never): judged like joining
 * @param leftOn                when the membership ended (null while it lasts)
 * @param attendances           the member's check-ins at summits of the period
 * @param surveysIssued         surveys of the period the member was invited to
 * @param surveysAnswered       of those, the ones the member answered
 * @param acknowledgedVersions  bylaws versions the member acknowledged
 * @param excuse                the secretariat's reason for excusing the member this period, or null
 */
public record MemberRecord(long memberId, LocalDate joinedOn, LocalDate reinstatedOn, LocalDate leftOn,
        List<Attendance> attendances, int surveysIssued, int surveysAnswered, Set<Integer> acknowledgedVersions,
        String excuse) {

    /** A check-in: at which summit, on which day, in person or by a delegate / alternate. */
    public record Attendance(long summitId, LocalDate on, boolean byDelegate) {
    }

    /** A summit of the period as planned: held, or cancelled. */
    public record Meeting(long summitId, LocalDate on, boolean cancelled) {
    }

    /** The day from which the member is bound: the later of joining and reinstatement. */
    public LocalDate boundFrom() {
        return reinstatedOn != null && reinstatedOn.isAfter(joinedOn) ? reinstatedOn : joinedOn;
    }
}
