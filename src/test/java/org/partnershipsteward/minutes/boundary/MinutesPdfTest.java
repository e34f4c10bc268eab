package org.partnershipsteward.minutes.boundary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The printable minutes: every section under its sharing label; what the view withholds is not printed. */
class MinutesPdfTest {

    private static MinutesView minutes(boolean redWithheld) {
        return new MinutesView(7, "Fall Summit 2026", "PUBLISHED", 3, List.of(
                new MinutesView.Section(1, "Opening", "TLP_CLEAR", "TLP:CLEAR", "Opened at nine.\nAll seats present.", false),
                new MinutesView.Section(2, redWithheld ? "Restricted section" : "Plant seven", "TLP_RED", "TLP:RED",
                        redWithheld ? "Restricted section [TLP:RED]: its notes are only in the portal, for those who attended."
                                : "The perimeter gap at plant seven.", redWithheld),
                new MinutesView.Section(3, "Round table", "CHATHAM_HOUSE", "Chatham House Rule: use the information, do not attribute it",
                        "A member said the drill was late. Zoë Ōtake 北京 " + "long ".repeat(400), false)),
                List.of(11L), List.of(new MinutesView.Attendance(11, "Dana Ortiz", true, false, false),
                        new MinutesView.Attendance(12, "Lu Ng", false, false, true)), List.of(), null);
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void everySectionIsPrintedUnderItsSharingLabelWithTheAttendance() throws Exception {
        String text = text(MinutesPdf.render(minutes(false), "Twin Cities Security Partnership", "Full copy for signing"));
        assertTrue(text.contains("[TLP:CLEAR]"), text);
        assertTrue(text.contains("[TLP:RED]"), text);
        assertTrue(text.contains("Chatham House Rule"), text);
        assertTrue(text.contains("Dana Ortiz: present"), text);
        assertTrue(text.contains("Lu Ng: excused"), text);
        assertTrue(text.contains("The perimeter gap at plant seven."), text);
    }

    @Test
    void theMailedCopyHasNoTlpRedNotesAndUnprintableLettersDoNotBreakIt() throws Exception {
        String text = text(MinutesPdf.render(minutes(true), "Twin Cities Security Partnership", "Copy for mailing"));
        assertFalse(text.contains("perimeter gap"), text);
        assertFalse(text.contains("Plant seven"), text);
        assertTrue(text.contains("only in the portal"), text);
        assertTrue(text.contains("Zoë"), "Latin letters the standard font has are kept");
        assertTrue(text.contains("??"), "letters it lacks become question marks");
    }
}
