package org.partnershipsteward.exchange.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTableTest {

    private static final String HEADER = "name,sector,kind,region,fortune500,foundingSponsor\n";

    private static CsvTable read(byte[] bytes, Report report) throws CsvTable.Unreadable {
        return CsvTable.read(bytes, ImportKind.ORGANIZATIONS, report);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void encodingUtf8WithAByteOrderMarkReadsTheSameAsWithout() throws Exception {
        String text = HEADER + "Zürich Re,PRIVATE,CORPORATION,Twin Cities,true,false\n";
        byte[] bom = new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] withBom = new byte[bom.length + utf8(text).length];
        System.arraycopy(bom, 0, withBom, 0, 3);
        System.arraycopy(utf8(text), 0, withBom, 3, utf8(text).length);
        CsvTable plain = read(utf8(text), new Report(ImportKind.ORGANIZATIONS));
        CsvTable marked = read(withBom, new Report(ImportKind.ORGANIZATIONS));
        assertEquals(plain.rows(), marked.rows());
        assertEquals("Zürich Re", marked.rows().get(0).cell("name"));
    }

    @Test
    void encodingInvalidUtf8RefusesTheWholeFileNamingWhere() {
        byte[] latin1 = (HEADER + "Z\u00fcrich Re,PRIVATE,CORPORATION,,false,false\n").getBytes(StandardCharsets.ISO_8859_1);
        CsvTable.Unreadable e = assertThrows(CsvTable.Unreadable.class, () -> read(latin1, new Report(ImportKind.ORGANIZATIONS)));
        assertEquals("NOT_UTF8", e.rule());
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
    }

    @Test
    void separatorSemicolonIsDetectedFromTheHeaderRow() throws Exception {
        CsvTable table = read(utf8("name;sector;kind;region\n\"Acme, Inc.\";PRIVATE;CORPORATION;Twin Cities\n"),
                new Report(ImportKind.ORGANIZATIONS));
        assertEquals(';', table.separator());
        assertEquals("Acme, Inc.", table.rows().get(0).cell("name"));
        assertEquals("Twin Cities", table.rows().get(0).cell("region"));
    }

    @Test
    void separatorCommaIsTheDefaultAndQuotedSemicolonsInTheHeaderDoNotCount() {
        assertEquals(',', CsvTable.separator("\"a;b;c\",name,kind\n"));
        assertEquals(';', CsvTable.separator("a;b,c;d\n"));
    }

    @Test
    void quotedCellsKeepLineBreaksAndRowsAreNumberedAsSpreadsheetRecords() throws Exception {
        CsvTable table = read(utf8(HEADER + "\"Two\nLines\",PRIVATE,CORPORATION,,false,false\r\nNext,PUBLIC,STATE_AGENCY,,false,false\r\n"),
                new Report(ImportKind.ORGANIZATIONS));
        assertEquals("Two\nLines", table.rows().get(0).cell("name"));
        assertEquals(List.of(2, 3), table.rows().stream().map(CsvTable.Row::number).toList());
    }

    @Test
    void headerColumnsInAnyOrderAndCaseUnknownColumnsAreAWarning() throws Exception {
        Report report = new Report(ImportKind.ORGANIZATIONS);
        CsvTable table = read(utf8("KIND,Name,notes,sector\nCORPORATION,Acme,hello,PRIVATE\n"), report);
        assertEquals("Acme", table.rows().get(0).cell("name"));
        assertEquals(List.of("UNKNOWN_COLUMN"), report.warnings().stream().map(Issue::rule).toList());
        assertTrue(report.clean());
    }

    @Test
    void missingRequiredColumnRefusesTheFileNamingIt() {
        CsvTable.Unreadable e = assertThrows(CsvTable.Unreadable.class,
                () -> read(utf8("name,region\nAcme,Twin Cities\n"), new Report(ImportKind.ORGANIZATIONS)));
        assertEquals("MISSING_COLUMN", e.rule());
        assertTrue(e.getMessage().contains("kind, sector"), e.getMessage());
    }

    @Test
    void emptyFileAndAFileWithOnlyAByteOrderMarkAreRefused() {
        assertEquals("EMPTY_FILE", assertThrows(CsvTable.Unreadable.class,
                () -> read(new byte[0], new Report(ImportKind.ORGANIZATIONS))).rule());
        assertEquals("EMPTY_FILE", assertThrows(CsvTable.Unreadable.class,
                () -> read(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '\n'}, new Report(ImportKind.ORGANIZATIONS))).rule());
    }

    @Test
    void anUnclosedQuoteRefusesTheFile() {
        assertEquals("MALFORMED_CSV", assertThrows(CsvTable.Unreadable.class,
                () -> read(utf8(HEADER + "\"Acme,PRIVATE,CORPORATION,,false,false\n"), new Report(ImportKind.ORGANIZATIONS))).rule());
    }

    @Test
    void aRowWithMoreCellsThanTheHeaderIsAnErrorOfThatRow() throws Exception {
        Report report = new Report(ImportKind.ORGANIZATIONS);
        read(utf8("name,sector,kind\nAcme,PRIVATE,CORPORATION,extra\n"), report);
        assertEquals(List.of(new Issue(2, null, "TOO_MANY_CELLS", "The row has 4 cells; the header has 3.")), report.errors());
    }

    @Test
    void blankLinesAreSkipped() throws Exception {
        CsvTable table = read(utf8(HEADER + "\nAcme,PRIVATE,CORPORATION,,false,false\n\n"), new Report(ImportKind.ORGANIZATIONS));
        assertEquals(1, table.rows().size());
    }
}
