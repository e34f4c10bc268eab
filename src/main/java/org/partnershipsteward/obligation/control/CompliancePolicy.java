package org.partnershipsteward.obligation.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.partnershipsteward.membership.entity.MemberStatus;
import org.partnershipsteward.platform.time.Period;

/**
 * The members' obligations of the bylaws (section 2): attend the minimum of summits per period, answer
 * a minimum share of the period's informal surveys, acknowledge the bylaws in force. Pure: plain values
 * in, a {@link Standing} with every reason out.
 * <ul>
 * <li>The rules are those of the bylaws version in force at the period's end, and that is the version
 * the member must have acknowledged.</li>
 * <li>A member is required to attend no more summits than were actually held (cancelled ones do not
 * count), so a period without a held summit asks for none.</li>
 * <li>A member who joined (or was reinstated) during the period is not judged for it unless the bylaws
 * say so; then only the summits held from that day on count (pro rata).</li>
 * <li>A member whose membership ended before the period's end is not judged.</li>
 * <li>A delegate's or alternate's attendance counts only when the bylaws allow it.</li>
 * <li>An excused member is compliant; the shortfalls stay listed with the excuse.</li>
 * </ul>
 */
public final class CompliancePolicy {

    private final ObligationRules rules;
    private final int bylawsVersion;

    /**
     * @param rules         the obligations of the bylaws version in force at the period's end
     * @param bylawsVersion that version's number, the one members must have acknowledged
     */
    public CompliancePolicy(ObligationRules rules, int bylawsVersion) {
        this.rules = rules;
        this.bylawsVersion = bylawsVersion;
    }

    public Standing judge(Period period, MemberRecord member, List<MemberRecord.Meeting> meetings) {
        List<String> reasons = new ArrayList<>();
        LocalDate from = member.boundFrom();
        boolean acknowledged = member.acknowledgedVersions().contains(bylawsVersion);
        if (from.isAfter(period.end())) {
            return notJudged(period, member, acknowledged, "Not a member yet in " + period);
        }
        if (member.leftOn() != null && !member.leftOn().isAfter(period.end())) {
            return notJudged(period, member, acknowledged, "Membership ended on " + member.leftOn());
        }
        boolean joinedDuring = period.contains(from) && from.isAfter(period.start());
        if (joinedDuring && !rules.judgeJoiningPeriod()) {
            return notJudged(period, member, acknowledged, (from.equals(member.joinedOn()) ? "Joined" : "Reinstated")
                    + " on " + from + ", during the period: the bylaws judge members from their first full period");
        }
        LocalDate countFrom = joinedDuring ? from : period.start();
        int held = (int) meetings.stream().filter(m -> !m.cancelled() && period.contains(m.on())
                && !m.on().isBefore(countFrom)).count();
        int required = Math.min(rules.minimumAttendances(), held);
        int attended = (int) member.attendances().stream()
                .filter(a -> period.contains(a.on()) && !a.on().isBefore(countFrom))
                .filter(a -> rules.delegatesCount() || !a.byDelegate())
                .filter(a -> meetings.stream().anyMatch(m -> m.summitId() == a.summitId() && !m.cancelled()))
                .map(MemberRecord.Attendance::summitId).distinct().count();
        long byDelegate = member.attendances().stream().filter(a -> period.contains(a.on()) && a.byDelegate()).count();
        boolean compliant = true;
        if (attended < required) {
            compliant = false;
            reasons.add("Attended " + attended + " of the " + required + " required " + plural(required, "summit", "summits")
                    + (byDelegate > 0 && !rules.delegatesCount() ? " (a delegate's attendance does not count under the bylaws)" : ""));
        } else if (required < rules.minimumAttendances()) {
            reasons.add("Only " + held + " " + plural(held, "summit was", "summits were") + " held" 
                    + (joinedDuring ? " after joining" : "") + ", so " + required + " " + plural(required, "is", "are")
                    + " required");
        }
        if (member.surveysIssued() > 0
                && member.surveysAnswered() < Math.ceil(rules.surveyMinimumShare() * member.surveysIssued() - 1e-9)) {
            compliant = false;
            reasons.add("Answered " + member.surveysAnswered() + " of " + member.surveysIssued() + " surveys; the bylaws ask for "
                    + Math.round(rules.surveyMinimumShare() * 100) + "%");
        }
        if (!acknowledged) {
            compliant = false;
            reasons.add("Has not acknowledged the bylaws in force (version " + bylawsVersion + ")");
        }
        boolean excused = member.excuse() != null;
        if (excused) {
            reasons.add("Excused by the secretariat: " + member.excuse());
        }
        return new Standing(member.memberId(), period.toString(), true, attended, required, member.surveysAnswered(),
                member.surveysIssued(), acknowledged, excused, compliant || excused, List.copyOf(reasons));
    }

    private Standing notJudged(Period period, MemberRecord member, boolean acknowledged, String reason) {
        return new Standing(member.memberId(), period.toString(), false, 0, 0, member.surveysAnswered(),
                member.surveysIssued(), acknowledged, member.excuse() != null, true, List.of(reason));
    }

    /**
     * The status change to propose to the board after a period closes: one step down ({@code ACTIVE} →
     * {@code AT_RISK} → {@code LAPSED}) once the member fell short in the configured number of consecutive
     * periods, counting the one just closed.
     *
     * @param consecutiveShort periods in a row, ending with the one just closed, the member fell short in
     */
    public Optional<MemberStatus> proposal(MemberStatus current, int consecutiveShort) {
        if (consecutiveShort < rules.missedPeriodsBeforeProposal()) {
            return Optional.empty();
        }
        return switch (current) {
            case ACTIVE -> Optional.of(MemberStatus.AT_RISK);
            case AT_RISK -> Optional.of(MemberStatus.LAPSED);
            default -> Optional.empty();
        };
    }

    private static String plural(int n, String one, String many) {
        return n == 1 ? one : many;
    }
}
