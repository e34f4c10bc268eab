package org.partnershipsteward.bylaws.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnershipsteward.bylaws.entity.BylawsDocument;
import org.partnershipsteward.bylaws.entity.BylawsDocument.Board;
import org.partnershipsteward.bylaws.entity.BylawsDocument.Cadence;
import org.partnershipsteward.bylaws.entity.BylawsDocument.SeatType;

class BylawsCheckTest {

    private final BylawsDocument tcsp = BylawsCodec.tcspDefault();

    @Test
    void shippedTcspDefaultIsConsistent() {
        assertEquals(java.util.Map.of(), BylawsCheck.problems(tcsp));
    }

    @Test
    void tcspDefaultEncodesTheBylaws() {
        assertEquals(1, tcsp.version());
        assertEquals(4, tcsp.membership().criteria().size());
        assertEquals(1, tcsp.attendance().minimum(), "attend at least one of the semi-annual meetings");
        assertEquals(6, tcsp.attendance().periodMonths());
        assertEquals(false, tcsp.attendance().delegatesCount());
        assertEquals(9, tcsp.board().seatCount(), "nine Executive Board seats");
        assertEquals(List.of(1, 1, 2, 1, 4), tcsp.board().seatTypes().stream().map(SeatType::count).toList());
        assertEquals(2, tcsp.cadence().minSummitsPerYear());
        assertEquals(3, tcsp.cadence().maxSummitsPerYear());
        assertTrue(tcsp.topics().containsAll(List.of("Cybersecurity", "Risk management", "Counterterrorism")));
    }

    @Test
    void cadenceMinimumAboveMaximumIsRefused() {
        BylawsDocument doc = withCadence(new Cadence(4, 3, 8, 4));
        assertEquals("must not exceed maxSummitsPerYear", BylawsCheck.problems(doc).get("cadence.minSummitsPerYear"));
    }

    @Test
    void periodMustDivideTheYear() {
        var a = tcsp.attendance();
        BylawsDocument doc = new BylawsDocument(null, null, "x", tcsp.membership(),
                new BylawsDocument.Attendance(a.minimum(), 5, false, false, 2), tcsp.surveys(), tcsp.board(),
                tcsp.cadence(), tcsp.topics());
        assertTrue(BylawsCheck.problems(doc).containsKey("attendance.periodMonths"));
    }

    @Test
    void unknownSeatSectorDuplicateCodeAndBadPatternAreNamedByField() {
        List<SeatType> seats = new ArrayList<>(tcsp.board().seatTypes());
        SeatType first = seats.get(0);
        seats.add(new SeatType(first.code(), "Copy", 1, "MIDDLE", List.of("LAW_ENFORCEMENT_OFFICIAL"),
                List.of("SPACESHIP"), false, false, false, List.of("(unclosed")));
        Board board = tcsp.board();
        BylawsDocument doc = new BylawsDocument(null, null, "x", tcsp.membership(), tcsp.attendance(), tcsp.surveys(),
                new Board(seats, board.approvalMajority(), board.termMonths(), board.termLimit(),
                        board.termEndNoticeWeeks(), board.chair()), tcsp.cadence(), tcsp.topics());
        var problems = BylawsCheck.problems(doc);
        assertTrue(problems.containsKey("board.seatTypes[5].code"), problems.toString());
        assertTrue(problems.containsKey("board.seatTypes[5].sector"), problems.toString());
        assertTrue(problems.containsKey("board.seatTypes[5].organizationKinds"), problems.toString());
        assertTrue(problems.containsKey("board.seatTypes[5].titlePatterns"), problems.toString());
    }

    @Test
    void majorityAboveOneIsRefusedAndUnknownRotationOrderToo() {
        Board board = tcsp.board();
        BylawsDocument doc = new BylawsDocument(null, null, "x", tcsp.membership(), tcsp.attendance(), tcsp.surveys(),
                new Board(board.seatTypes(), new BylawsDocument.Majority(3, 2, false), board.termMonths(),
                        board.termLimit(), board.termEndNoticeWeeks(),
                        new BylawsDocument.ChairRotation(12, "BY_AGE", 6, true)),
                tcsp.cadence(), tcsp.topics());
        var problems = BylawsCheck.problems(doc);
        assertTrue(problems.containsKey("board.approvalMajority"));
        assertTrue(problems.containsKey("board.chair.order"));
    }

    @Test
    void majorityIsDescribedInWords() {
        assertEquals("a majority (more than half) of the seated board members",
                tcsp.board().approvalMajority().describe());
        assertEquals("at least 2/3 of the seated board members", new BylawsDocument.Majority(2, 3, false).describe());
    }

    @Test
    void codecRoundTripKeepsEveryValue() {
        assertEquals(tcsp, BylawsCodec.fromJson(BylawsCodec.toJson(tcsp)));
    }

    private BylawsDocument withCadence(Cadence cadence) {
        return new BylawsDocument(null, null, "x", tcsp.membership(), tcsp.attendance(), tcsp.surveys(), tcsp.board(),
                cadence, tcsp.topics());
    }
}
