package org.partnershipsteward.health.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.partnershipsteward.health.control.Facts.All;
import org.partnershipsteward.platform.time.Period;

/**
 * Puts the scorecard together: every measure of the six ingredients, now and in each of the last
 * half-years, with a sentence on how it is computed. Pure: the same facts and day give the same card.
 */
public final class ScorecardCalculator {

    /** The whole card. */
    public record Scorecard(LocalDate asOf, List<String> periods, List<Measure> measures) {
    }

    private final All facts;
    private final LocalDate today;
    private final List<Period> periods;

    public ScorecardCalculator(All facts, LocalDate today, int periodCount) {
        this.facts = facts;
        this.today = today;
        this.periods = Period.lastN(today, Math.max(1, periodCount), 6);
    }

    public Scorecard compute() {
        List<Measure> m = new ArrayList<>();
        // executive participation: the value now is that of the latest half-year with a summit
        m.add(perPeriod("executive-attendees", Ingredient.EXECUTIVE_PARTICIPATION, "Attendees at executive level",
                Measure.PERCENT, p -> ParticipationMeasures.executiveShareOfAttendees(facts.summits(), facts.members(), p),
                "Of all check-ins at the half-year's summits, the share by members whose executive level is confirmed "
                        + "(a changed title that still waits for the secretariat's look does not count)."));
        m.add(perPeriod("board-attendance", Ingredient.EXECUTIVE_PARTICIPATION, "Board attendance", Measure.PERCENT,
                p -> ParticipationMeasures.boardAttendance(facts.summits(), facts.tenures(), p),
                "Of the Executive Board seat holders on each summit's day, the share who were checked in."));
        m.add(perPeriod("member-attendance", Ingredient.EXECUTIVE_PARTICIPATION, "Member attendance", Measure.PERCENT,
                p -> ParticipationMeasures.memberAttendance(facts.summits(), facts.members(), p),
                "Of the members belonging on each summit's day, the share who were checked in."));
        // composition, at the end of each half-year
        m.add(perDay("criteria-represented", Ingredient.MEMBERSHIP_COMPOSITION, "Membership criteria represented",
                Measure.COUNT, d -> CompositionMeasures.criteriaRepresented(facts.members(), d),
                "How many of the four membership criteria (security practitioner, security services supplier, law "
                        + "enforcement, critical infrastructure) current members meet; the mix is listed beside it."));
        m.add(perDay("public-sector-share", Ingredient.MEMBERSHIP_COMPOSITION, "Public-sector members", Measure.PERCENT,
                d -> CompositionMeasures.publicSectorShare(facts.members(), d),
                "The share of current members whose organisation is in the public sector; a partnership needs both sides."));
        m.add(perDay("organizations-several-members", Ingredient.MEMBERSHIP_COMPOSITION,
                "Organisations with more than one member", Measure.PERCENT,
                d -> CompositionMeasures.organizationsWithSeveralMembers(facts.members(), d),
                "Of the organisations with current members, the share with two or more: they keep their seat at the "
                        + "table when one person moves on."));
        // shared goals
        m.add(perPeriod("requested-topics-taken-up", Ingredient.SHARED_GOALS, "Requested topics taken up", Measure.PERCENT,
                p -> SharedGoalsMeasures.requestedTopicsTakenUp(facts.requestedTopics(), facts.agendaTopics(), p),
                "Of the distinct topics members asked for in the half-year (agenda proposals, and survey answers where "
                        + "a survey component contributes them), the share that appeared on a summit agenda on or after the day "
                        + "they were asked for."));
        m.add(perPeriod("topics-on-agendas", Ingredient.SHARED_GOALS, "Topics on the agendas", Measure.COUNT,
                p -> SharedGoalsMeasures.topicsOnAgendas(facts.agendaTopics(), p),
                "How many distinct topics the accepted agenda items of the half-year's summits covered."));
        m.add(perPeriod("actions-closed-by-due", Ingredient.SHARED_GOALS, "Actions closed by their due day", Measure.PERCENT,
                p -> SharedGoalsMeasures.actionsClosedByDue(facts.actions(), p, today),
                "Of the actions agreed at summits that fell due in the half-year (dropped ones aside), the share their owner "
                        + "marked done on or before the due day; actions not yet due do not count."));
        // cadence
        m.add(perPeriod("summits-held", Ingredient.CADENCE, "Summits held", Measure.COUNT,
                p -> CadenceMeasures.summitsHeld(facts.summits(), p, today),
                "Summits that took place in the half-year (cancelled ones do not count); attendance rules need at least one "
                        + "in each half-year."));
        m.add(perDay("yearly-target-met", Ingredient.CADENCE, "Yearly summit target met", Measure.PERCENT,
                d -> CadenceMeasures.yearlyTargetMet(facts.summits(), d, facts.summitsPerYearTarget()),
                "Summits held in the twelve months up to the day, against the bylaws' minimum of "
                        + facts.summitsPerYearTarget() + " a year (100 % = the minimum is met)."));
        Double next = CadenceMeasures.daysToNextSummit(facts.summits(), today);
        m.add(currentOnly("days-to-next-summit", Ingredient.CADENCE, "Next summit scheduled in", Measure.DAYS, next,
                "Days from today to the next summit on the calendar; n/a means no summit is scheduled."));
        // resiliency: the board's cover has a history (seat tenures, leaves, acting periods); the others are today's state
        m.add(perPeriod("seat-days-covered", Ingredient.RESILIENCY, "Seat-days covered", Measure.PERCENT,
                p -> ResiliencyMeasures.seatDaysCovered(facts.cover(), p, today),
                "Of the half-year's days times the board's seats (up to today), the share on which someone spoke for the "
                        + "seat: its holder, not on leave, or the alternate acting while it was vacant or its holder on leave."));
        m.add(currentOnly("seats-with-alternate", Ingredient.RESILIENCY, "Board seats with an alternate", Measure.PERCENT,
                ResiliencyMeasures.seatsWithAlternate(facts.seats()),
                "Of the held Executive Board seats, the share with a designated alternate who covers a vacancy. Today's "
                        + "state only: the history of alternates is not kept."));
        m.add(currentOnly("organizations-with-alternate", Ingredient.RESILIENCY, "Organisations with an alternate contact",
                Measure.PERCENT, ResiliencyMeasures.organizationsWithAlternateContact(facts.organizations()),
                "Of the organisations with a primary point of contact, the share that also name an alternate. Today's state only."));
        m.add(currentOnly("secretariat-backup", Ingredient.RESILIENCY, "Secretariat has a backup", Measure.YES_NO,
                ResiliencyMeasures.secretariatBackup(facts.secretariatAccounts()),
                "Yes when at least two enabled accounts hold the secretariat role (now " + facts.secretariatAccounts() + ")."));
        m.add(currentOnly("members-on-roster", Ingredient.RESILIENCY, "Members on the emergency roster", Measure.PERCENT,
                ResiliencyMeasures.membersOnRoster(facts.roster(), today),
                "Of the current members, the share with 24/7 contacts on the emergency roster confirmed in the last "
                        + org.partnershipsteward.membership.control.RosterPolicy.VALID_MONTHS + " months. Today's state only."));
        m.add(perPeriod("drill-half-acknowledged", Ingredient.RESILIENCY, "Alert drill: half acknowledged after",
                Measure.MINUTES, p -> ResiliencyMeasures.drillMinutesToHalf(facts.drills(), p),
                "For the half-year's latest urgent-alert drill, the minutes from sending until half of its recipients "
                        + "had acknowledged it; n/a when no drill was run (or half never answered)."));
        m.add(perPeriod("drill-all-acknowledged", Ingredient.RESILIENCY, "Alert drill: all acknowledged after",
                Measure.MINUTES, p -> ResiliencyMeasures.drillMinutesToAll(facts.drills(), p),
                "For the half-year's latest urgent-alert drill, the minutes from sending until every recipient had "
                        + "acknowledged it; n/a when no drill was run or someone never answered."));
        // longevity
        m.add(perPeriod("retention", Ingredient.LONGEVITY, "Member retention", Measure.PERCENT,
                p -> LongevityMeasures.retention(facts.members(), p, today),
                "Of the members belonging on the half-year's first day, the share still belonging on its last day (today "
                        + "for the running half-year)."));
        m.add(perDay("median-tenure", Ingredient.LONGEVITY, "Median membership", Measure.YEARS,
                d -> LongevityMeasures.medianTenureYears(facts.members(), d),
                "The median number of years current members have belonged."));
        m.add(currentOnly("years-since-founding", Ingredient.LONGEVITY, "Years since founding", Measure.YEARS,
                LongevityMeasures.yearsSinceFounding(facts.foundedOn(), today),
                "Years since the partnership was founded (the configured founding date, else the earliest member's joining)."));
        return new Scorecard(today, periods.stream().map(Period::label).toList(), List.copyOf(m));
    }

    /** A measure of what happened within each half-year; the value now is the latest half-year with a value. */
    private Measure perPeriod(String key, Ingredient ingredient, String name, String unit, Function<Period, Double> f,
            String explanation) {
        List<Measure.Point> trend = periods.stream().map(p -> new Measure.Point(p.label(), f.apply(p))).toList();
        Double value = null;
        for (Measure.Point point : trend) {
            if (point.value() != null) {
                value = point.value();
            }
        }
        return new Measure(key, ingredient, name, unit, value, trend, explanation);
    }

    /** A measure of a state: taken on each half-year's last day (today for the running one); the value now is today's. */
    private Measure perDay(String key, Ingredient ingredient, String name, String unit, Function<LocalDate, Double> f,
            String explanation) {
        List<Measure.Point> trend = periods.stream().map(p -> new Measure.Point(p.label(), f.apply(p.lastDay(today))))
                .toList();
        return new Measure(key, ingredient, name, unit, f.apply(today), trend, explanation);
    }

    private Measure currentOnly(String key, Ingredient ingredient, String name, String unit, Double value,
            String explanation) {
        return new Measure(key, ingredient, name, unit, value,
                List.of(new Measure.Point(Period.halfYear(today).label(), value)), explanation);
    }
}
