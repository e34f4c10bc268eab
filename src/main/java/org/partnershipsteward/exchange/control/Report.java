package org.partnershipsteward.exchange.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** What a dry run or a commit found and would do (or did): per row the action, and every error and warning. */
public final class Report {

    private final ImportKind kind;
    private final List<Issue> errors = new ArrayList<>();
    private final List<Issue> warnings = new ArrayList<>();
    private final List<PlannedRow<?>> planned = new ArrayList<>();
    private int rows;

    public Report(ImportKind kind) {
        this.kind = kind;
    }

    public ImportKind kind() {
        return kind;
    }

    public void error(int row, String field, String rule, String message) {
        errors.add(new Issue(row, field, rule, message));
    }

    public void warning(int row, String field, String rule, String message) {
        warnings.add(new Issue(row, field, rule, message));
    }

    public void rows(int count) {
        this.rows = count;
    }

    public <V> void plan(PlannedRow<V> row) {
        planned.add(row);
    }

    public int rows() {
        return rows;
    }

    public boolean clean() {
        return errors.isEmpty();
    }

    public long count(RowAction action) {
        return planned.stream().filter(p -> p.action() == action).count();
    }

    /** Errors in row order. */
    public List<Issue> errors() {
        return errors.stream().sorted(Comparator.comparingInt(Issue::row)).toList();
    }

    public List<Issue> warnings() {
        return warnings.stream().sorted(Comparator.comparingInt(Issue::row)).toList();
    }

    public List<PlannedRow<?>> planned() {
        return List.copyOf(planned);
    }

    /** The rows of one type (the caller knows the kind's value type). */
    @SuppressWarnings("unchecked")
    public <V> List<PlannedRow<V>> planned(Class<V> type) {
        return planned.stream().filter(p -> type.isInstance(p.value())).map(p -> (PlannedRow<V>) p).toList();
    }
}
