package org.partnershipsteward.exchange.control;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file as spreadsheets write it, read with Commons CSV: UTF-8 with or without a byte order mark, {@code ,} or
 * {@code ;} between cells (whichever the header row uses more of, outside quotes), quoted cells with line breaks, a
 * header row naming the columns (in any order and letter case). A file that cannot be read at all is refused as a
 * whole ({@link Unreadable}); a row with more cells than the header is an error of that row, an unknown column a
 * warning (recorded in the {@link Report}).
 */
public final class CsvTable {

    /** The whole file cannot be read; {@code rule} says why. Nothing of it is imported. */
    public static final class Unreadable extends Exception {
        private final String rule;

        public Unreadable(String rule, String message) {
            super(message);
            this.rule = rule;
        }

        public String rule() {
            return rule;
        }
    }

    /** One data row: its spreadsheet row number (the header is 1) and its cells by column. */
    public record Row(int number, Map<String, String> cells) {
        public String cell(String column) {
            return cells.getOrDefault(column, "");
        }
    }

    private final char separator;
    private final List<String> columns;
    private final List<Row> rows;
    private CsvTable(char separator, List<String> columns, List<Row> rows) {
        this.separator = separator;
        this.columns = columns;
        this.rows = rows;
    }

    public char separator() {
        return separator;
    }

    /** The columns the file has that the import reads. */
    public List<String> columns() {
        return columns;
    }

    public List<Row> rows() {
        return rows;
    }

    /** Reads a file of the given kind. */
    public static CsvTable read(byte[] bytes, ImportKind kind, Report report) throws Unreadable {
        String text = decode(bytes);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new Unreadable("EMPTY_FILE", "The file is empty: it needs a header row naming the columns ("
                    + String.join(", ", kind.columns()) + ") and a row per record.");
        }
        char separator = separator(text);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separator).setIgnoreEmptyLines(true).get();
        List<Row> rows = new ArrayList<>();
        Map<Integer, String> byPosition;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            var records = parser.iterator();
            if (!records.hasNext()) {
                throw new Unreadable("EMPTY_FILE", "The file has no header row.");
            }
            CSVRecord headerRow = records.next();
            int width = headerRow.size();
            byPosition = header(headerRow, kind, report);
            int number = 1;
            while (records.hasNext()) {
                CSVRecord record = records.next();
                number++;
                if (record.size() == 1 && record.get(0).isBlank()) {
                    continue;
                }
                if (record.size() > width) {
                    report.error(number, null, "TOO_MANY_CELLS", "The row has " + record.size() + " cells; the header has "
                            + width + ".");
                    continue;
                }
                Map<String, String> cells = new HashMap<>();
                byPosition.forEach((position, column) -> {
                    if (position < record.size()) {
                        cells.put(column, record.get(position));
                    }
                });
                rows.add(new Row(number, cells));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new Unreadable("MALFORMED_CSV", "The file is not well-formed CSV (" + rootMessage(e)
                    + "); check for a quote that is opened and never closed.");
        }
        report.rows(rows.size());
        return new CsvTable(separator, List.copyOf(byPosition.values()), rows);
    }

    private static Map<Integer, String> header(CSVRecord header, ImportKind kind, Report report) throws Unreadable {
        Map<String, String> known = new HashMap<>();
        kind.columns().forEach(c -> known.put(c.toLowerCase(Locale.ROOT), c));
        Map<Integer, String> byPosition = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).trim();
            String column = known.get(name.toLowerCase(Locale.ROOT));
            if (column == null) {
                if (!name.isEmpty()) {
                    report.warning(1, name, "UNKNOWN_COLUMN", "The column '" + name
                            + "' is not one the import reads; it is ignored.");
                }
            } else if (byPosition.containsValue(column)) {
                throw new Unreadable("DUPLICATE_COLUMN", "The header names the column '" + column + "' twice.");
            } else {
                byPosition.put(i, column);
            }
        }
        List<String> missing = kind.required().stream().filter(c -> !byPosition.containsValue(c)).sorted().toList();
        if (!missing.isEmpty()) {
            throw new Unreadable("MISSING_COLUMN", "The header row lacks the column" + (missing.size() > 1 ? "s " : " ")
                    + String.join(", ", missing) + ". A " + kind.path() + " file has the columns "
                    + String.join(", ", kind.columns()) + ".");
        }
        return byPosition;
    }

    /** UTF-8, strictly: a byte sequence that is not UTF-8 refuses the file, naming where. */
    static String decode(byte[] bytes) throws Unreadable {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (MalformedInputException e) {
            throw new Unreadable("NOT_UTF8", "The file is not UTF-8 text (" + where(bytes) + "). Save it as "
                    + "\"CSV UTF-8\" in your spreadsheet and upload it again.");
        } catch (CharacterCodingException e) {
            throw new Unreadable("NOT_UTF8", "The file is not UTF-8 text. Save it as \"CSV UTF-8\" and upload it again.");
        }
    }

    /** The line and byte where the first sequence that is not UTF-8 starts. */
    private static String where(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        int offset = in.position();
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return "line " + line + ", byte " + (offset + 1);
    }

    /** {@code ;} when the header row (up to its first line break outside quotes) has more of them than of {@code ,}. */
    static char separator(String text) {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
