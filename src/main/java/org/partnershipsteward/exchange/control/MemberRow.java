package org.partnershipsteward.exchange.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.partnershipsteward.bylaws.entity.Criterion;
import org.partnershipsteward.eligibility.control.Applicant;
import org.partnershipsteward.eligibility.control.EligibilityPolicy;
import org.partnershipsteward.eligibility.control.Finding;
import org.partnershipsteward.eligibility.control.OrganizationFacts;
import org.partnershipsteward.eligibility.entity.FindingOutcome;
import org.partnershipsteward.membership.entity.MemberStatus;

/** A member as a CSV row; matched by email. {@code organization} is the organisation's name. */
public record MemberRow(String email, String firstName, String lastName, String title, String organization,
        Criterion criterion, MemberStatus status, LocalDate joinedOn, LocalDate leftOn, String phone) {

    /** What the pre-screen needs to know of a stored organisation. */
    public record Organization(String name, OrganizationFacts facts) {
    }

    /** The pre-screen of each member the import creates, by email: recorded with the member. */
    public record Checked(Map<String, List<Finding>> prescreens) {
    }

    /** The columns whose change runs the pre-screen again for a stored member. */
    static final java.util.Set<String> PRESCREENED = java.util.Set.of("title", "organization", "criterion");

    public List<Object> cells() {
        return List.of(email, firstName, lastName, title, organization, criterion.name(), status.name(), joinedOn.toString(),
                leftOn == null ? "" : leftOn.toString(), phone == null ? "" : phone);
    }

    /**
     * Reads each row and matches it by email. Errors: a required cell missing or malformed, an email twice in the file
     * ({@code DUPLICATE_EMAIL}), an organisation that is not stored ({@code UNKNOWN_ORGANIZATION}: import the
     * organisations first), a status and leaving date that disagree ({@code LEFT_ON}: a member who left has the day
     * they left, a current member none), dates in the future or out of order ({@code DATES}).
     * <p>
     * The status of a stored member is not changed by an import ({@code STATUS_DECISION}): that is a recorded decision.
     * Each member the import creates (or whose title, organisation or criterion it changes) is pre-screened as an applicant would be ({@link EligibilityPolicy}, with the
     * caps counting the file's earlier rows): a finding that is not met or needs review is a warning naming the rule
     * (the board admitted these members before the system existed; the findings are recorded, and a title that needs
     * review is flagged for the secretariat as after a change of position).
     */
    public static Checked check(CsvTable table, Map<String, MemberRow> stored, Map<String, Organization> organizations,
            EligibilityPolicy policy, LocalDate today, Report report) {
        Map<String, Integer> seen = new HashMap<>();
        Map<String, Integer> currentByOrganization = new HashMap<>();
        int total = 0;
        for (MemberRow m : stored.values()) {
            if (m.status().current()) {
                currentByOrganization.merge(OrganizationRow.key(m.organization()), 1, Integer::sum);
                total++;
            }
        }
        Map<String, List<Finding>> prescreens = new LinkedHashMap<>();
        for (CsvTable.Row row : table.rows()) {
            Cells cells = new Cells(row, report);
            String email = cells.email("email", true);
            String firstName = cells.text("firstName", true, 100);
            String lastName = cells.text("lastName", true, 100);
            String title = cells.text("title", true, 200);
            String organizationName = cells.text("organization", true, 200);
            Criterion criterion = cells.choice("criterion", Criterion.class, true);
            MemberStatus status = cells.choice("status", MemberStatus.class, false);
            LocalDate joinedOn = cells.date("joinedOn", true);
            LocalDate leftOn = cells.date("leftOn", false);
            String phone = cells.text("phone", false, 50);
            if (email != null) {
                Integer earlier = seen.putIfAbsent(email, row.number());
                if (earlier != null) {
                    cells.error("email", "DUPLICATE_EMAIL", email + " is on row " + earlier + " already");
                    continue;
                }
            }
            Organization organization = organizationName == null ? null
                    : organizations.get(OrganizationRow.key(organizationName));
            if (organizationName != null && organization == null) {
                cells.error("organization", "UNKNOWN_ORGANIZATION", "no organisation is named '" + organizationName
                        + "'; import the organisations first");
            }
            MemberStatus effective = status == null ? MemberStatus.ACTIVE : status;
            boolean datesFit = dates(cells, effective, joinedOn, leftOn, today);
            if (email == null || firstName == null || lastName == null || title == null || organization == null
                    || criterion == null || joinedOn == null || !datesFit) {
                continue;
            }
            MemberRow value = new MemberRow(email, firstName, lastName, title, organization.name(), criterion, effective,
                    joinedOn, leftOn, phone);
            MemberRow before = stored.get(email);
            if (before != null && before.status() != effective) {
                cells.error("status", "STATUS_DECISION", email + " is " + before.status() + "; a member's status changes "
                        + "only by a recorded decision (the member's page), not by an import");
                continue;
            }
            PlannedRow<MemberRow> planned = Matching.plan(row.number(), email, value, before);
            report.plan(planned);
            if (planned.action() == RowAction.CREATE || planned.changed().stream().anyMatch(PRESCREENED::contains)) {
                String orgKey = OrganizationRow.key(organization.name());
                OrganizationFacts facts = organization.facts();
                int inOrganization = currentByOrganization.getOrDefault(orgKey, 0);
                List<Finding> findings = policy.evaluate(new Applicant(title, criterion, new OrganizationFacts(facts.kind(),
                        facts.sector(), facts.region(), inOrganization), null, false), total);
                prescreens.put(email, findings);
                for (Finding f : findings) {
                    if (f.outcome() != FindingOutcome.MET) {
                        cells.warning(field(f.rule()), f.rule(), (f.outcome() == FindingOutcome.NEEDS_REVIEW
                                ? "needs review (flagged for the secretariat): " : "not met (recorded for the board): ")
                                + f.reason());
                    }
                }
                if (effective.current() && planned.action() == RowAction.CREATE) {
                    currentByOrganization.merge(orgKey, 1, Integer::sum);
                    total++;
                }
            }
        }
        return new Checked(prescreens);
    }

    private static boolean dates(Cells cells, MemberStatus status, LocalDate joinedOn, LocalDate leftOn, LocalDate today) {
        List<String> problems = new ArrayList<>();
        if (joinedOn != null && joinedOn.isAfter(today)) {
            cells.error("joinedOn", "DATES", "joined on " + joinedOn + ", which is after today");
            problems.add("joinedOn");
        }
        if (status.current() && leftOn != null) {
            cells.error("leftOn", "LEFT_ON", "a " + status + " member has not left; leave leftOn empty");
            problems.add("leftOn");
        } else if (!status.current() && leftOn == null) {
            cells.error("leftOn", "LEFT_ON", "a " + status + " member has left: give the day they left");
            problems.add("leftOn");
        } else if (leftOn != null && joinedOn != null && leftOn.isBefore(joinedOn)) {
            cells.error("leftOn", "DATES", "left on " + leftOn + ", before joining on " + joinedOn);
            problems.add("leftOn");
        } else if (leftOn != null && leftOn.isAfter(today)) {
            // the app records a leaving announced ahead (a resignation effective next week): stored as given
            cells.warning("leftOn", "DATES", "leaves on " + leftOn + ", after today: stored as given");
        }
        return problems.isEmpty();
    }

    /** The column a pre-screen rule is about. */
    static String field(String rule) {
        return switch (rule) {
            case EligibilityPolicy.CRITERION_MET -> "criterion";
            case EligibilityPolicy.EXECUTIVE_LEVEL -> "title";
            case EligibilityPolicy.SPONSOR, EligibilityPolicy.TOTAL_CAP -> "email";
            default -> "organization";
        };
    }
}
