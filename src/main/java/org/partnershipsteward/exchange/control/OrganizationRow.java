package org.partnershipsteward.exchange.control;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.partnershipsteward.organization.entity.Organization;
import org.partnershipsteward.organization.entity.OrganizationKind;
import org.partnershipsteward.organization.entity.Sector;
import org.partnershipsteward.platform.domain.Vocabulary;
import org.partnershipsteward.platform.domain.VocabularyViolation;

/** An organisation as a CSV row; matched by name, ignoring letter case. */
public record OrganizationRow(String name, Sector sector, OrganizationKind kind, String region, boolean fortune500,
        boolean foundingSponsor) {

    public List<Object> cells() {
        return List.of(name, sector.name(), kind.name(), region == null ? "" : region, fortune500, foundingSponsor);
    }

    private static String region(Cells cells, String region, List<String> regions) {
        if (region == null || regions.isEmpty()) {
            return region;
        }
        try {
            return Vocabulary.require("region", region, regions, true);
        } catch (VocabularyViolation e) {
            cells.error("region", "REGION", "'" + region + "' is not a region of the bylaws; one of: " + String.join(", ", regions));
            return null;
        }
    }

    public static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * Reads each row: the name is required and unique in the file ({@code DUPLICATE_NAME}), the kind fits the sector
     * and only a private company is on the Fortune 500 list or the founding sponsor (the organisation's own
     * invariants, rule {@code ORGANIZATION_INVARIANT}); at most one founding sponsor ({@code ONE_FOUNDING_SPONSOR}); the
     * region is one the bylaws name, when they name any ({@code REGION}: taken in the bylaws' spelling when it differs
     * only in case or spacing), as for an organisation entered on its page.
     */
    public static void check(CsvTable table, Map<String, OrganizationRow> stored, List<String> regions, Report report) {
        Map<String, Integer> seen = new java.util.HashMap<>();
        String sponsor = stored.values().stream().filter(OrganizationRow::foundingSponsor).map(OrganizationRow::name)
                .findFirst().orElse(null);
        for (CsvTable.Row row : table.rows()) {
            Cells cells = new Cells(row, report);
            String name = cells.text("name", true, 200);
            Sector sector = cells.choice("sector", Sector.class, true);
            OrganizationKind kind = cells.choice("kind", OrganizationKind.class, true);
            String region = region(cells, cells.text("region", false, 120), regions);
            boolean fortune500 = cells.flag("fortune500");
            boolean foundingSponsor = cells.flag("foundingSponsor");
            if (name == null || sector == null || kind == null) {
                continue;
            }
            Integer earlier = seen.putIfAbsent(key(name), row.number());
            if (earlier != null) {
                cells.error("name", "DUPLICATE_NAME", "'" + name + "' is on row " + earlier + " already");
                continue;
            }
            Map<String, String> broken = Organization.check(sector, kind, fortune500, foundingSponsor);
            broken.forEach((field, message) -> cells.error(field, "ORGANIZATION_INVARIANT", message));
            if (!broken.isEmpty()) {
                continue;
            }
            if (foundingSponsor) {
                if (sponsor != null && !key(sponsor).equals(key(name))) {
                    cells.error("foundingSponsor", "ONE_FOUNDING_SPONSOR", sponsor + " is the founding sponsor already");
                    continue;
                }
                sponsor = name;
            }
            OrganizationRow value = new OrganizationRow(name, sector, kind, region, fortune500, foundingSponsor);
            report.plan(Matching.plan(row.number(), name, value, stored.get(key(name))));
        }
    }
}
