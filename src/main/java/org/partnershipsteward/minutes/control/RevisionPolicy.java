package org.partnershipsteward.minutes.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Revisions of the minutes: a save names some sections' notes; sections it does not name keep their notes.
 * A save that changes no section makes no revision. Two revisions compare section by section, line by line.
 */
public final class RevisionPolicy {

    /** At most this many characters of notes per section. */
    public static final int MAX_NOTES = 20_000;

    /** The largest table the line diff builds (lines before × lines after). */
    static final long MAX_CELLS = 250_000;

    private RevisionPolicy() {
    }

    /** The sections of the revision a save makes, or the same map when nothing changes. */
    public static Map<Long, String> apply(Map<Long, String> previous, Map<Long, String> changes, Set<Long> sections) {
        for (Long id : changes.keySet()) {
            if (!sections.contains(id)) {
                throw new IllegalArgumentException("agenda item " + id + " is not an accepted item of this summit's agenda");
            }
        }
        Map<Long, String> next = new LinkedHashMap<>();
        for (Long id : sections) {
            String notes = changes.containsKey(id) ? normalise(changes.get(id)) : previous.getOrDefault(id, "");
            if (notes.length() > MAX_NOTES) {
                throw new IllegalArgumentException("the notes of agenda item " + id + " exceed " + MAX_NOTES + " characters");
            }
            next.put(id, notes);
        }
        return next;
    }

    /** Whether a save with these sections is a new revision: some section's notes differ. */
    public static boolean changed(Map<Long, String> previous, Map<Long, String> next) {
        Set<Long> all = new java.util.HashSet<>(previous.keySet());
        all.addAll(next.keySet());
        return all.stream().anyMatch(id -> !previous.getOrDefault(id, "").equals(next.getOrDefault(id, "")));
    }

    /** Line endings as \n, trailing blanks removed; null is no notes. */
    static String normalise(String notes) {
        return notes == null ? "" : notes.replace("\r\n", "\n").replace('\r', '\n').stripTrailing();
    }

    /** One line of a comparison: kept, removed (only in the older revision) or added (only in the newer one). */
    public record Line(Kind kind, String text) {
        public enum Kind { KEPT, REMOVED, ADDED }
    }

    /** How one section changed between two revisions. */
    public record SectionChange(long agendaItemId, boolean changed, List<Line> lines) {
    }

    /** Every section of the newer revision (and of the older one), compared line by line. */
    public static List<SectionChange> compare(Map<Long, String> older, Map<Long, String> newer) {
        Set<Long> ids = new java.util.LinkedHashSet<>(newer.keySet());
        ids.addAll(older.keySet());
        List<SectionChange> changes = new ArrayList<>();
        for (Long id : ids) {
            String before = older.getOrDefault(id, "");
            String after = newer.getOrDefault(id, "");
            changes.add(new SectionChange(id, !before.equals(after), lines(before, after)));
        }
        return changes;
    }

    /** A line diff by the longest common subsequence (sections are bounded, so the table stays small). */
    static List<Line> lines(String before, String after) {
        String[] a = before.isEmpty() ? new String[0] : before.split("\n", -1);
        String[] b = after.isEmpty() ? new String[0] : after.split("\n", -1);
        List<Line> out = new ArrayList<>();
        if ((long) a.length * b.length > MAX_CELLS) {
            // too many lines to align cheaply: the whole older text out, the whole newer one in
            java.util.Arrays.stream(a).forEach(l -> out.add(new Line(Line.Kind.REMOVED, l)));
            java.util.Arrays.stream(b).forEach(l -> out.add(new Line(Line.Kind.ADDED, l)));
            return out;
        }
        int[][] lcs = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                lcs[i][j] = a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i].equals(b[j])) {
                out.add(new Line(Line.Kind.KEPT, a[i++]));
                j++;
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                out.add(new Line(Line.Kind.REMOVED, a[i++]));
            } else {
                out.add(new Line(Line.Kind.ADDED, b[j++]));
            }
        }
        while (i < a.length) {
            out.add(new Line(Line.Kind.REMOVED, a[i++]));
        }
        while (j < b.length) {
            out.add(new Line(Line.Kind.ADDED, b[j++]));
        }
        return out;
    }
}
