package org.partnershipsteward.exchange.boundary;

import java.util.List;
import org.partnershipsteward.exchange.control.Issue;
import org.partnershipsteward.exchange.control.Report;
import org.partnershipsteward.exchange.control.RowAction;

/**
 * The answer to an import: what each row does (or would do), and every error and warning tied to row, column and rule.
 * {@code committed} says whether anything was stored.
 */
public record ImportReportView(String kind, boolean dryRun, boolean committed, int rows, long created, long updated,
        long unchanged, List<IssueView> errors, List<IssueView> warnings, List<RowView> outcomes) {

    /** An error or warning: the spreadsheet row (1 is the header, 0 the whole file), the column, the rule, why. */
    public record IssueView(int row, String field, String rule, String message) {
        static IssueView of(Issue i) {
            return new IssueView(i.row(), i.field(), i.rule(), i.message());
        }
    }

    /** What importing one row does: CREATE, UPDATE (with the columns that change) or UNCHANGED. */
    public record RowView(int row, String key, String action, List<String> changed) {
    }

    static ImportReportView of(Report report, boolean dryRun) {
        return new ImportReportView(report.kind().path(), dryRun, !dryRun && report.clean(), report.rows(),
                report.count(RowAction.CREATE), report.count(RowAction.UPDATE), report.count(RowAction.UNCHANGED),
                report.errors().stream().map(IssueView::of).toList(), report.warnings().stream().map(IssueView::of).toList(),
                report.planned().stream().map(p -> new RowView(p.row(), p.key(), p.action().name(), p.changed())).toList());
    }
}
