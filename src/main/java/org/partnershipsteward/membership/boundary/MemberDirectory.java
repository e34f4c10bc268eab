package org.partnershipsteward.membership.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.partnershipsteward.membership.boundary.MemberDirectoryPage.Row;
import org.partnershipsteward.membership.entity.ExecutiveLevel;
import org.partnershipsteward.platform.persistence.PoolReads;
import org.partnershipsteward.platform.persistence.StampedCache;
import org.partnershipsteward.platform.time.PartnershipTime;

/**
 * The directory's lines, built once and shared by every open directory page until a member, an
 * organisation or an acknowledgement changes (one cheap query tells, read with plain JDBC: {@link PoolReads}). Each view used to hold its own
 * copy of every line: 20 board members with a few directory tabs each filled a 768 MB heap with
 * 5,000 members (docs/quality.md).
 */
@ApplicationScoped
public class MemberDirectory {

    @Inject
    Members members;

    @Inject
    PoolReads stamps;

    @Inject
    PartnershipTime time;

    private final StampedCache<String, Snapshot> snapshot = new StampedCache<>(1);

    private record Snapshot(List<Row> rows, Map<Long, Row> byId) {
    }

    /** The current lines, sorted by name; an unmodifiable list shared by all callers. */
    public List<Row> rows() {
        return current().rows();
    }

    /** The current lines by member id; an unmodifiable map shared by all callers (other pages that list members). */
    public Map<Long, Row> byId() {
        return current().byId();
    }

    private Snapshot current() {
        return snapshot.get("directory", stamp(), () -> {
            Set<Long> acknowledged = members.acknowledgedCurrent();
            List<Row> rows = members.directory().stream().map(v -> row(v, acknowledged)).toList();
            return new Snapshot(rows, Map.copyOf(rows.stream().collect(Collectors.toMap(Row::id, r -> r))));
        });
    }

    /** The stamp, with plain JDBC on a page's request (outside a transaction); the session bean's read inside one. */
    private String stamp() {
        return stamps.stampOutsideTransaction(Members.DIRECTORY_STAMP, query -> { }).map(v -> v + "/" + time.today())
                .orElseGet(members::directoryStamp);
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
