package org.partnershipsteward.bylaws.control;

import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.partnershipsteward.bylaws.entity.BylawsDocument;
import org.partnershipsteward.bylaws.entity.Criterion;
import org.partnershipsteward.organization.entity.OrganizationKind;
import org.partnershipsteward.organization.entity.Sector;

/**
 * The rules between the numbers of a bylaws document that field validation cannot see: ranges that
 * must be ordered, codes that must be known, patterns that must compile, seat codes that must be unique.
 */
public final class BylawsCheck {

    /** The orders the chair rotation knows. */
    public static final Set<String> ROTATION_ORDERS = Set.of("ALTERNATE_SECTORS", "SEAT_ORDER");

    private BylawsCheck() {
    }

    /** Every inconsistency by field path; empty when the document is consistent. */
    public static Map<String, String> problems(BylawsDocument doc) {
        Map<String, String> errors = new LinkedHashMap<>();
        var cadence = doc.cadence();
        if (cadence.minSummitsPerYear() > cadence.maxSummitsPerYear()) {
            errors.put("cadence.minSummitsPerYear", "must not exceed maxSummitsPerYear");
        }
        if (12 % doc.attendance().periodMonths() != 0) {
            errors.put("attendance.periodMonths", "must divide the year evenly (1, 2, 3, 4, 6 or 12)");
        }
        var majority = doc.board().approvalMajority();
        if (majority.numerator() > majority.denominator()) {
            errors.put("board.approvalMajority", "numerator must not exceed denominator");
        }
        if (!ROTATION_ORDERS.contains(doc.board().chair().order())) {
            errors.put("board.chair.order", "must be one of " + ROTATION_ORDERS);
        }
        Set<String> seatCodes = new HashSet<>();
        List<BylawsDocument.SeatType> seatTypes = doc.board().seatTypes();
        for (int i = 0; i < seatTypes.size(); i++) {
            var seat = seatTypes.get(i);
            String at = "board.seatTypes[" + i + "]";
            if (!seatCodes.add(seat.code())) {
                errors.put(at + ".code", "is used twice: " + seat.code());
            }
            checkEnum(errors, at + ".sector", List.of(seat.sector()), Sector.class);
            checkEnum(errors, at + ".criteria", seat.criteria(), Criterion.class);
            checkEnum(errors, at + ".organizationKinds", seat.organizationKinds(), OrganizationKind.class);
            checkPatterns(errors, at + ".titlePatterns", seat.titlePatterns());
        }
        Set<String> criteria = new HashSet<>();
        List<BylawsDocument.Criterion> criterionRules = doc.membership().criteria();
        for (int i = 0; i < criterionRules.size(); i++) {
            var criterion = criterionRules.get(i);
            String at = "membership.criteria[" + i + "]";
            checkEnum(errors, at + ".code", List.of(criterion.code()), Criterion.class);
            if (!criteria.add(criterion.code())) {
                errors.put(at + ".code", "is used twice: " + criterion.code());
            }
            checkEnum(errors, at + ".organizationKinds", criterion.organizationKinds(), OrganizationKind.class);
            checkEnum(errors, at + ".sectors", criterion.sectors(), Sector.class);
            checkPatterns(errors, at + ".executiveTitlePatterns", criterion.executiveTitlePatterns());
        }
        checkPatterns(errors, "membership.nonExecutiveTitlePatterns", doc.membership().nonExecutiveTitlePatterns());
        return errors;
    }

    private static void checkEnum(Map<String, String> errors, String field, List<String> values,
            Class<? extends Enum<?>> type) {
        if (values == null) {
            return;
        }
        Set<String> known = new HashSet<>();
        Arrays.stream(type.getEnumConstants()).forEach(c -> known.add(c.name()));
        for (String value : values) {
            if (value == null || !known.contains(value)) {
                errors.put(field, "unknown value " + value + "; must be one of " + known.stream().sorted().toList());
                return;
            }
        }
    }

    private static void checkPatterns(Map<String, String> errors, String field, List<String> patterns) {
        if (patterns == null) {
            return;
        }
        for (String pattern : patterns) {
            try {
                Pattern.compile(pattern);
            } catch (PatternSyntaxException | NullPointerException e) {
                errors.put(field, "not a valid pattern: " + pattern);
                return;
            }
        }
    }
}
