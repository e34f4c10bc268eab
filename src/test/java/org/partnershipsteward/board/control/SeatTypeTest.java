package org.partnershipsteward.board.control;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.partnershipsteward.bylaws.entity.Criterion;
import org.partnershipsteward.organization.entity.Sector;
import org.partnershipsteward.bylaws.control.BylawsCodec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SeatTypeTest {

    private static SeatType seat(String code, int count, List<String> patterns) {
        return new SeatType(code, "Name", count, Sector.PUBLIC, Set.of(), Set.of(), false, false, false, patterns);
    }

    @Test
    void seatTypeNeedsACode() {
        assertThrows(IllegalArgumentException.class, () -> seat(" ", 1, List.of()));
        assertThrows(IllegalArgumentException.class, () -> seat(null, 1, List.of()));
    }

    @Test
    void seatTypeNeedsAtLeastOneSeat() {
        assertThrows(IllegalArgumentException.class, () -> seat("X", 0, List.of()));
    }

    @Test
    void titlePatternWithoutAWordIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> seat("X", 1, List.of("!")));
        assertThrows(IllegalArgumentException.class, () -> seat("X", 1, List.of(" - ")));
    }

    @Test
    void seatTypeCopiesItsCollectionsSoLaterChangesDoNotLeakIn() {
        Set<Criterion> criteria = new HashSet<>(Set.of(Criterion.LAW_ENFORCEMENT_OFFICIAL));
        List<String> patterns = new ArrayList<>(List.of("sheriff"));
        SeatType type = new SeatType("X", "X", 1, Sector.PUBLIC, criteria, Set.of(), false, false, false, patterns);
        criteria.add(Criterion.SECURITY_PRACTITIONER);
        patterns.add("chief");
        assertEquals(Set.of(Criterion.LAW_ENFORCEMENT_OFFICIAL), type.criteria());
        assertEquals(List.of("sheriff"), type.titlePatterns());
        assertThrows(UnsupportedOperationException.class, () -> type.titlePatterns().add("x"));
    }

    @Test
    void shippedBylawsYieldTheTestedTcspSeatTypes() {
        assertEquals(SeatType.tcspDefaults(), SeatType.of(BylawsCodec.tcspDefault()));
    }
}
