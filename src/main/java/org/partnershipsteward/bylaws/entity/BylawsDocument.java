package org.partnershipsteward.bylaws.entity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The bylaws as data: every number and seat type a partnership may change without changing code.
 * Stored as JSON in a {@link BylawsVersion}; the shipped default is the TCSP's
 * ({@code bylaws/tcsp-default.json}).
 */
public record BylawsDocument(
        Integer version,
        LocalDate effectiveFrom,
        @NotBlank(message = "is required") String summary,
        @NotNull(message = "is required") @Valid Membership membership,
        @NotNull(message = "is required") @Valid Attendance attendance,
        @NotNull(message = "is required") @Valid Surveys surveys,
        @NotNull(message = "is required") @Valid Board board,
        @NotNull(message = "is required") @Valid Cadence cadence,
        @NotEmpty(message = "needs at least one topic") List<String> topics) {

    /** Who may be a member: one of the criteria, at executive level; optional region, caps and sponsorship. */
    public record Membership(
            @NotEmpty(message = "needs at least one criterion") List<@Valid Criterion> criteria,
            String region,
            @Positive(message = "must be positive") Integer perOrganizationCap,
            @Positive(message = "must be positive") Integer totalCap,
            boolean sponsorRequired,
            List<String> nonExecutiveTitlePatterns) {
    }

    /**
     * One membership criterion with the titles that count as executive level, the organisation kinds it
     * fits and the sectors it admits (empty: either sector).
     */
    public record Criterion(
            @NotBlank(message = "is required") String code,
            @NotBlank(message = "is required") String name,
            String description,
            @NotEmpty(message = "needs at least one title pattern") List<String> executiveTitlePatterns,
            @NotEmpty(message = "needs at least one organization kind") List<String> organizationKinds,
            List<String> sectors) {
    }

    /** What members owe in attendance: a minimum per period. */
    public record Attendance(
            @Min(value = 0, message = "must be 0 or more") int minimum,
            @Min(value = 1, message = "must be at least 1") @Max(value = 12, message = "must be at most 12") int periodMonths,
            boolean delegatesCount,
            boolean judgeJoiningPeriod,
            @Min(value = 1, message = "must be at least 1") int missedPeriodsBeforeProposal) {
    }

    /** What members owe in informal surveys: a minimum share of the period's surveys answered. */
    public record Surveys(
            @DecimalMin(value = "0.0", message = "must be between 0 and 1")
            @DecimalMax(value = "1.0", message = "must be between 0 and 1") double minimumShare) {
    }

    /** The Executive Board: typed seats, terms, the approval majority and the chair rotation. */
    public record Board(
            @NotEmpty(message = "needs at least one seat type") List<@Valid SeatType> seatTypes,
            @NotNull(message = "is required") @Valid Majority approvalMajority,
            @Positive(message = "must be positive") int termMonths,
            @Positive(message = "must be positive") Integer termLimit,
            @PositiveOrZero(message = "must be 0 or more") int termEndNoticeWeeks,
            @NotNull(message = "is required") @Valid ChairRotation chair) {

        public int seatCount() {
            return seatTypes.stream().mapToInt(SeatType::count).sum();
        }
    }

    /** A type of board seat, how many there are and who may hold one. */
    public record SeatType(
            @NotBlank(message = "is required") String code,
            @NotBlank(message = "is required") String name,
            @Positive(message = "must be positive") int count,
            @NotBlank(message = "is required") String sector,
            List<String> criteria,
            List<String> organizationKinds,
            boolean requiresRegion,
            boolean requiresFortune500,
            boolean requiresFoundingSponsor,
            List<String> titlePatterns) {
    }

    /** A share of the seated board members: strictly more than, or at least, numerator/denominator. */
    public record Majority(
            @Positive(message = "must be positive") int numerator,
            @Positive(message = "must be positive") int denominator,
            boolean strictlyMore) {

        public String describe() {
            String share = numerator + "/" + denominator;
            if (numerator == 1 && denominator == 2 && strictlyMore) {
                return "a majority (more than half) of the seated board members";
            }
            return (strictlyMore ? "more than " : "at least ") + share + " of the seated board members";
        }
    }

    /** How the chair rotates: term length, order, minimum time on the board, no consecutive terms. */
    public record ChairRotation(
            @Positive(message = "must be positive") int termMonths,
            @NotBlank(message = "is required") String order,
            @PositiveOrZero(message = "must be 0 or more") int minTenureMonths,
            boolean noConsecutiveTerms) {
    }

    /** How often summits happen and how far ahead the next one must be scheduled. */
    public record Cadence(
            @Min(value = 1, message = "must be at least 1") int minSummitsPerYear,
            @Min(value = 1, message = "must be at least 1") int maxSummitsPerYear,
            @PositiveOrZero(message = "must be 0 or more") int minWeeksBetween,
            @PositiveOrZero(message = "must be 0 or more") int scheduleAheadMonths) {
    }

    /** Names in the document as values of an enum; no list is the empty set. */
    public static <E extends Enum<E>> Set<E> values(Class<E> type, List<String> names) {
        return names == null ? Set.of() : names.stream().map(n -> Enum.valueOf(type, n)).collect(Collectors.toSet());
    }

    /** The same document as a new version. */
    public BylawsDocument asVersion(int number, LocalDate from) {
        return new BylawsDocument(number, from, summary, membership, attendance, surveys, board, cadence, topics);
    }
}
