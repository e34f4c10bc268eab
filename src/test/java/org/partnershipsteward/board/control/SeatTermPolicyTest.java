package org.partnershipsteward.board.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeatTermPolicyTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 1);

    private static SeatFinding finding(List<SeatFinding> findings, String rule) {
        return findings.stream().filter(f -> f.rule().equals(rule)).findFirst().orElseThrow();
    }

    @Test
    void threeYearTermWithinTheLimitIsAllowed() {
        var findings = SeatTermPolicy.check(START, START.plusYears(3), 36, 2, 1);
        assertTrue(SeatEligibility.isEligible(findings), findings.toString());
        assertEquals("term 2 of at most 2", finding(findings, SeatTermPolicy.TERM_LIMIT).reason());
    }

    @Test
    void termEndingBeforeItStartsIsRefused() {
        var findings = SeatTermPolicy.check(START, START, 36, null, 0);
        assertFalse(finding(findings, SeatTermPolicy.TERM_DATES).met());
        assertFalse(SeatEligibility.isEligible(findings));
    }

    @Test
    void termLongerThanTheBylawsTermLengthIsRefused() {
        var findings = SeatTermPolicy.check(START, START.plusMonths(36).plusDays(1), 36, null, 0);
        assertFalse(finding(findings, SeatTermPolicy.TERM_LENGTH).met());
        assertTrue(finding(findings, SeatTermPolicy.TERM_LENGTH).reason().contains("at most 36 months"));
    }

    @Test
    void memberWhoServedTheTermLimitCannotBeSeatedAgain() {
        var findings = SeatTermPolicy.check(START, START.plusYears(1), 36, 2, 2);
        assertFalse(finding(findings, SeatTermPolicy.TERM_LIMIT).met());
    }

    @Test
    void noTermLimitMeansNoLimitFinding() {
        var findings = SeatTermPolicy.check(START, START.plusYears(1), 36, null, 9);
        assertTrue(findings.stream().noneMatch(f -> f.rule().equals(SeatTermPolicy.TERM_LIMIT)));
        assertTrue(SeatEligibility.isEligible(findings));
    }
}
