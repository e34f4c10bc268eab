package org.partnershipsteward.membership.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
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
 * The printable emergency roster, for the day the systems are down: made with Apache PDFBox, marked
 * {@value #MARKING} at the top and the bottom of every page (TLP 2.0: limited disclosure, the members'
 * organisations only) with the date it was printed, listing only the lines it is given (members who share
 * their emergency contacts). Landscape Letter, one line per member, as many pages as needed.
 */
public final class RosterPdf {

    /** The sharing label every page carries. */
    public static final String MARKING = "TLP:AMBER";

    private static final PDRectangle PAGE = new PDRectangle(PDRectangle.LETTER.getHeight(), PDRectangle.LETTER.getWidth());
    private static final float MARGIN = 36;
    private static final float ROW = 26;
    private static final float[] COLUMNS = {MARGIN, 230, 350, 470, 690}; // name/org, mobile, after hours, backup, confirmed
    private static final float[] WIDTHS = {190, 115, 115, 215, 70};

    private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    /** The PDF's bytes. */
    public byte[] render(String partnership, LocalDate printedOn, List<RosterLine> lines) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(MARKING + " Emergency roster, " + printable(partnership) + ", " + printedOn);
            info.setSubject(MARKING);
            info.setCreator("Partnership Steward");
            List<List<RosterLine>> pages = paginate(lines);
            for (int p = 0; p < pages.size(); p++) {
                PDPage page = new PDPage(PAGE);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    header(content, partnership, printedOn, p + 1, pages.size());
                    float y = PAGE.getHeight() - MARGIN - 78;
                    if (pages.get(p).isEmpty()) {
                        text(content, regular, 11, MARGIN, y, "No member shares emergency contacts yet.", 600);
                    }
                    for (RosterLine line : pages.get(p)) {
                        row(content, line, y);
                        y -= ROW;
                    }
                    footer(content, printedOn);
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the roster PDF could not be written", e);
        }
    }

    private static List<List<RosterLine>> paginate(List<RosterLine> lines) {
        int perPage = (int) ((PAGE.getHeight() - 2 * MARGIN - 110) / ROW);
        List<List<RosterLine>> pages = new ArrayList<>();
        for (int i = 0; i < lines.size(); i += perPage) {
            pages.add(lines.subList(i, Math.min(lines.size(), i + perPage)));
        }
        if (pages.isEmpty()) {
            pages.add(List.of());
        }
        return pages;
    }

    private void header(PDPageContentStream c, String partnership, LocalDate printedOn, int page, int pages) throws IOException {
        float top = PAGE.getHeight() - MARGIN;
        marking(c, PAGE.getWidth() - MARGIN - 80, top - 14);
        text(c, bold, 16, MARGIN, top - 14, "Emergency roster: " + partnership, 560);
        text(c, regular, 9, MARGIN, top - 30, "Printed " + printedOn + ", page " + page + " of " + pages
                + ". Members who share their 24/7 contacts. Share within the members' organisations only (TLP:AMBER).", 700);
        float y = top - 54;
        String[] titles = {"Member, organisation", "Mobile", "After-hours line", "Backup person", "Confirmed"};
        for (int i = 0; i < titles.length; i++) {
            text(c, bold, 9, COLUMNS[i], y, titles[i], WIDTHS[i]);
        }
        c.moveTo(MARGIN, y - 4);
        c.lineTo(PAGE.getWidth() - MARGIN, y - 4);
        c.stroke();
    }

    private void row(PDPageContentStream c, RosterLine l, float y) throws IOException {
        text(c, bold, 9, COLUMNS[0], y, l.name(), WIDTHS[0]);
        text(c, regular, 8, COLUMNS[0], y - 10, l.organization() == null ? "" : l.organization(), WIDTHS[0]);
        text(c, regular, 9, COLUMNS[1], y, orDash(l.mobile()), WIDTHS[1]);
        text(c, regular, 9, COLUMNS[2], y, orDash(l.afterHoursPhone()), WIDTHS[2]);
        text(c, regular, 9, COLUMNS[3], y, orDash(l.backupName()), WIDTHS[3]);
        String reach = String.join("  ", java.util.stream.Stream.of(l.backupPhone(), l.backupEmail())
                .filter(s -> s != null).toList());
        text(c, regular, 8, COLUMNS[3], y - 10, reach, WIDTHS[3]);
        text(c, regular, 9, COLUMNS[4], y, l.confirmedOn() == null ? "" : l.confirmedOn().toString(), WIDTHS[4]);
    }

    private void footer(PDPageContentStream c, LocalDate printedOn) throws IOException {
        marking(c, PAGE.getWidth() - MARGIN - 80, MARGIN - 12);
        text(c, regular, 8, MARGIN, MARGIN - 12, "Printed " + printedOn + " by Partnership Steward. "
                + "Destroy earlier printed copies.", 600);
    }

    /** The TLP label as FIRST prints it: amber (#FFC000) letters on black. */
    private void marking(PDPageContentStream c, float x, float y) throws IOException {
        c.setNonStrokingColor(0f, 0f, 0f);
        c.addRect(x - 4, y - 4, 84, 16);
        c.fill();
        c.setNonStrokingColor(1f, 0.75f, 0f);
        text(c, bold, 11, x, y, MARKING, 80);
        c.setNonStrokingColor(0f, 0f, 0f);
    }

    private void text(PDPageContentStream c, PDType1Font font, float size, float x, float y, String value, float width)
            throws IOException {
        String s = fit(font, size, printable(value), width);
        c.beginText();
        c.setFont(font, size);
        c.newLineAtOffset(x, y);
        c.showText(s);
        c.endText();
    }

    private static String orDash(String value) {
        return value == null ? "-" : value;
    }

    /** Cuts a value to the column's width, ending in "...". */
    private static String fit(PDType1Font font, float size, String value, float width) throws IOException {
        if (font.getStringWidth(value) / 1000 * size <= width) {
            return value;
        }
        String s = value;
        while (!s.isEmpty() && font.getStringWidth(s + "...") / 1000 * size > width) {
            s = s.substring(0, s.length() - 1);
        }
        return s + "...";
    }

    /** What the standard fonts can print (WinAnsi): any other character becomes '?', a line break a space. */
    String printable(String value) {
        StringBuilder out = new StringBuilder(value.length());
        value.codePoints().forEach(cp -> {
            String ch = Character.isWhitespace(cp) ? " " : new String(Character.toChars(cp));
            try {
                regular.encode(ch);
                bold.encode(ch);
                out.append(ch);
            } catch (IOException | IllegalArgumentException e) {
                out.append('?');
            }
        });
        return out.toString();
    }
}
