package org.partnershipsteward.membership.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Issue 19: the printable emergency roster is TLP:AMBER on every page, dated, and lists the lines it is given. */
class RosterPdfTest {

    private static final LocalDate PRINTED = LocalDate.parse("2026-12-01");

    private static RosterLine line(int i) {
        return new RosterLine(i, "Member " + i, "Org " + i, "+1 555 01" + i, null, "Backup " + i, null,
                "backup" + i + "@example.org", LocalDate.parse("2026-03-01"));
    }

    @Test
    void everyPageIsMarkedTlpAmberWithItsDate() throws IOException {
        List<RosterLine> lines = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            lines.add(line(i));
        }
        try (PDDocument pdf = Loader.loadPDF(new RosterPdf().render("Twin Cities Security Partnership", PRINTED, lines))) {
            assertTrue(pdf.getNumberOfPages() >= 2, "40 members need more than one page");
            for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                String text = stripper.getText(pdf);
                assertTrue(text.split("TLP:AMBER", -1).length - 1 >= 2, "top and bottom of page " + p + ":\n" + text);
                assertTrue(text.contains("Printed 2026-12-01"), text);
            }
            String all = new PDFTextStripper().getText(pdf);
            assertTrue(all.contains("Member 0") && all.contains("Member 39"), all);
            assertTrue(all.contains("backup39@example.org"), all);
            assertTrue(pdf.getDocumentInformation().getTitle().startsWith("TLP:AMBER"));
        }
    }

    @Test
    void anEmptyRosterIsOnePageThatSaysSo() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(new RosterPdf().render("TCSP", PRINTED, List.of()))) {
            assertEquals(1, pdf.getNumberOfPages());
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("No member shares emergency contacts yet."), text);
            assertTrue(text.contains("TLP:AMBER"), text);
        }
    }

    @Test
    void charactersTheStandardFontsCannotPrintBecomeQuestionMarksInsteadOfFailing() throws IOException {
        RosterLine odd = new RosterLine(1, "Zoë 王 Ng", null, "+1 555 0100", "☎ 555", null, null, null, null);
        try (PDDocument pdf = Loader.loadPDF(new RosterPdf().render("TCSP", PRINTED, List.of(odd)))) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Zoë ? Ng"), text);
            assertFalse(text.contains("王"), text);
        }
    }
}
