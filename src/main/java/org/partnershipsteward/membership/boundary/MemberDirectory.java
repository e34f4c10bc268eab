package org.partnershipsteward.membership.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import org.partnershipsteward.membership.boundary.MemberDirectoryPage.Row;
import org.partnershipsteward.membership.entity.ExecutiveLevel;

/**
 * The directory's lines, built once and shared by every open directory page until a member, an
 * organisation or an acknowledgement changes (one cheap query tells). Each view used to hold its own
 * copy of every line: 20 board members with a few directory tabs each filled a 768 MB heap with
 * 5,000 members (docs/quality.md).
 */
@ApplicationScoped
public class MemberDirectory {

    @Inject
    Members members;

    private volatile Snapshot snapshot;

    private record Snapshot(String stamp, List<Row> rows) {
    }

    /** The current lines, sorted by name; an unmodifiable list shared by all callers. */
    public List<Row> rows() {
        String stamp = members.directoryStamp();
        Snapshot current = snapshot;
        if (current == null || !current.stamp().equals(stamp)) {
            Set<Long> acknowledged = members.acknowledgedCurrent();
            current = new Snapshot(stamp, members.directory().stream().map(v -> row(v, acknowledged)).toList());
            snapshot = current;
        }
        return current.rows();
    }

    /** One line from {@link Members#directory()}'s values. */
    private static Row row(Object[] v, Set<Long> acknowledged) {
        long id = ((Number) v[0]).longValue();
        return new Row(id, v[1] + ", " + v[2], (String) v[3], (String) v[4], (String) v[5], name(v[6]), name(v[7]),
                name(v[8]), v[9] == ExecutiveLevel.NEEDS_REVIEW, acknowledged.contains(id), String.valueOf(v[10]));
    }

    private static String name(Object constant) {
        return ((Enum<?>) constant).name();
    }
}
