package org.partnershipsteward.minutes.boundary;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The printable minutes (Apache PDFBox): the attendance, then each section under its sharing label, with the
 * signature lines the board signs at the next summit. It prints what the view holds: a view made for a path out of
 * the portal has its TLP:RED sections withheld already ({@link MinutesView.Section#withheld()}).
 */
final class MinutesPdf {

    private static final float MARGIN = 56;
    private static final float WIDTH = PDRectangle.LETTER.getWidth() - 2 * MARGIN;

    private final PDDocument document = new PDDocument();
    private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private PDPageContentStream page;
    private float y;

    private MinutesPdf() {
    }

    /** The PDF of the minutes; {@code copyNote} says which copy it is (e.g. "Copy for mailing: no TLP:RED section"). */
    static byte[] render(MinutesView minutes, String partnership, String copyNote) {
        MinutesPdf pdf = new MinutesPdf();
        try (PDDocument doc = pdf.document) {
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle("Minutes: " + minutes.summitTitle());
            info.setAuthor(partnership);
            pdf.newPage();
            pdf.line(pdf.bold, 16, "Minutes: " + minutes.summitTitle());
            pdf.line(pdf.regular, 10, partnership + " · " + minutes.status() + ", revision " + minutes.revision());
            pdf.line(pdf.regular, 10, copyNote);
            pdf.gap();
            pdf.line(pdf.bold, 12, "Attendance");
            for (MinutesView.Attendance a : minutes.attendance()) {
                pdf.paragraph(pdf.regular, 10, a.name() + ": " + (a.attended() ? (a.delegate() ? "present by a delegate" : "present")
                        : "excused"));
            }
            if (minutes.attendance().isEmpty()) {
                pdf.paragraph(pdf.regular, 10, "Nobody was checked in.");
            }
            int n = 1;
            for (MinutesView.Section s : minutes.items()) {
                pdf.gap();
                pdf.paragraph(pdf.bold, 12, n++ + ". " + s.title());
                pdf.paragraph(pdf.bold, 9, "[" + (s.sharingLabel() == null ? "No sharing label" : s.sharingLabel()) + "]");
                pdf.paragraph(pdf.regular, 10, s.notes().isBlank() ? "(no notes)" : s.notes());
            }
            pdf.gap();
            pdf.gap();
            pdf.line(pdf.regular, 10, "Approved by the Executive Board. Signed at the next summit:");
            pdf.gap();
            pdf.line(pdf.regular, 10, "Chair: ______________________________   Date: ______________");
            pdf.page.close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void newPage() throws IOException {
        if (page != null) {
            page.close();
        }
        PDPage next = new PDPage(PDRectangle.LETTER);
        document.addPage(next);
        page = new PDPageContentStream(document, next);
        y = PDRectangle.LETTER.getHeight() - MARGIN;
    }

    private void gap() throws IOException {
        y -= 8;
        if (y < MARGIN) {
            newPage();
        }
    }

    private void line(PDType1Font font, float size, String text) throws IOException {
        if (y - size * 1.4f < MARGIN) {
            newPage();
        }
        y -= size * 1.4f;
        page.beginText();
        page.setFont(font, size);
        page.newLineAtOffset(MARGIN, y);
        page.showText(printable(font, text));
        page.endText();
    }

    /** Text wrapped to the page width, paragraph by paragraph. */
    private void paragraph(PDType1Font font, float size, String text) throws IOException {
        for (String para : text.split("\n", -1)) {
            for (String wrapped : wrap(font, size, printable(font, para))) {
                line(font, size, wrapped);
            }
        }
    }

    private static List<String> wrap(PDType1Font font, float size, String text) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = current.isEmpty() ? word : current + " " + word;
            if (width(font, size, candidate) <= WIDTH || current.isEmpty()) {
                current = new StringBuilder(candidate);
                while (width(font, size, current.toString()) > WIDTH && current.length() > 1) {
                    // a single word wider than the page: break it
                    int cut = current.length() - 1;
                    while (cut > 1 && width(font, size, current.substring(0, cut)) > WIDTH) {
                        cut--;
                    }
                    lines.add(current.substring(0, cut));
                    current = new StringBuilder(current.substring(cut));
                }
            } else {
                lines.add(current.toString());
                current = new StringBuilder(word);
            }
        }
        lines.add(current.toString());
        return lines;
    }

    private static float width(PDType1Font font, float size, String text) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    /** What the standard font cannot draw (outside WinAnsi, control characters) becomes "?". */
    static String printable(PDType1Font font, String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            String ch = new String(Character.toChars(cp));
            boolean drawable = !Character.isISOControl(cp);
            if (drawable) {
                try {
                    font.encode(ch);
                } catch (IOException | IllegalArgumentException e) {
                    drawable = false;
                }
            }
            out.append(drawable ? ch : cp == '\t' ? " " : "?");
        });
        return out.toString();
    }
}
