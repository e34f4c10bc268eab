package org.partnershipsteward.exchange.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.partnershipsteward.exchange.control.ImportKind;
import org.partnershipsteward.platform.config.PartnershipConfig;
import org.partnershipsteward.platform.csv.CsvCells;
import org.partnershipsteward.platform.security.Roles;

/**
 * Exports of each kind with exactly the columns the import reads, in a stable order (organisations by name, members by
 * email, terms by seat and start, summits and check-ins by start), so an export imports into an empty partnership and
 * exports again byte for byte. Every cell is neutralised against formula injection ({@link CsvCells}).
 */
@Stateless
@RolesAllowed(Roles.SECRETARIAT)
public class Exports {

    @Inject
    StoredPartnership stored;

    @Inject
    PartnershipConfig config;

    @Inject
    Clock clock;

    public String csv(ImportKind kind) {
        ZoneId zone = config.zone();
        java.time.Instant now = clock.instant();
        return switch (kind) {
            case ORGANIZATIONS -> write(kind, stored.organizations().values().stream()
                    .sorted(java.util.Comparator.comparing(o -> o.name().toLowerCase(java.util.Locale.ROOT)))
                    .map(o -> o.cells()).toList());
            case MEMBERS -> write(kind, stored.members().values().stream()
                    .sorted(java.util.Comparator.comparing(org.partnershipsteward.exchange.control.MemberRow::email))
                    .map(m -> m.cells()).toList());
            case SEATS -> write(kind, stored.seatTerms().stream().map(t -> t.cells()).toList());
            case SUMMITS -> write(kind, stored.pastSummits(now).values().stream().map(s -> s.cells(zone)).toList());
            case ATTENDANCE -> write(kind, stored.attendance(now).values().stream().map(a -> a.cells(zone)).toList());
        };
    }

    /** CSV as RFC 4180 writes it (comma, CRLF), UTF-8 without a byte order mark, a header row first. */
    static String write(ImportKind kind, Collection<List<Object>> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
                .setHeader(kind.columns().toArray(String[]::new)).get())) {
            for (List<Object> row : rows) {
                csv.printRecord(row.stream().map(CsvCells::cell));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
