package org.partnershipsteward.health.control;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.partnershipsteward.health.control.Facts.MemberFact;
import org.partnershipsteward.health.control.Facts.SummitFact;
import org.partnershipsteward.health.control.Facts.TenureFact;
import org.partnershipsteward.platform.time.Period;

/** Executive buy-in and participation: are the decision makers themselves in the room? */
public final class ParticipationMeasures {

    private ParticipationMeasures() {
    }

    /** Percent of check-ins at the period's summits by members whose executive level is confirmed; null without check-ins. */
    public static Double executiveShareOfAttendees(List<SummitFact> summits, List<MemberFact> members, Period period) {
        Map<Long, MemberFact> byId = members.stream().collect(Collectors.toMap(MemberFact::id, Function.identity()));
        long all = 0;
        long executive = 0;
        for (SummitFact s : held(summits, period)) {
            for (Long id : s.attendees()) {
                all++;
                MemberFact m = byId.get(id);
                if (m != null && m.executiveConfirmed()) {
                    executive++;
                }
            }
        }
        return Ratios.percent(executive, all);
    }

    /** Percent of board seat holders (on each summit's day) who attended the period's summits; null without summits. */
    public static Double boardAttendance(List<SummitFact> summits, List<TenureFact> tenures, Period period) {
        return attendance(held(summits, period), day -> tenures.stream().filter(t -> t.heldOn(day))
                .map(TenureFact::memberId).toList());
    }

    /** Percent of the members belonging on each summit's day who were checked in, over the period's summits. */
    public static Double memberAttendance(List<SummitFact> summits, List<MemberFact> members, Period period) {
        return attendance(held(summits, period), day -> members.stream().filter(m -> m.belongsOn(day))
                .map(MemberFact::id).toList());
    }

    /** Check-ins of those expected on each summit's day, over all expected, in percent. */
    private static Double attendance(List<SummitFact> held, Function<LocalDate, List<Long>> expectedOn) {
        long expected = 0;
        long present = 0;
        for (SummitFact s : held) {
            List<Long> ids = expectedOn.apply(s.date());
            expected += ids.size();
            present += ids.stream().filter(s.attendees()::contains).count();
        }
        return Ratios.percent(present, expected);
    }

    static List<SummitFact> held(List<SummitFact> summits, Period period) {
        return summits.stream().filter(s -> !s.cancelled() && period.contains(s.date()) && !s.attendees().isEmpty()).toList();
    }
}
