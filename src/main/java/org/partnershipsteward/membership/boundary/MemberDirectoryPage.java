package org.partnershipsteward.membership.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import org.partnershipsteward.membership.entity.ExecutiveLevel;
import org.partnershipsteward.membership.entity.MemberStatus;

/** The member directory (secretariat and board): filter, sort, page, export to CSV. */
@Named
@ViewScoped
public class MemberDirectoryPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Members members;

    private List<Row> rows;
    private List<Row> filtered;

    /** One line of the directory. */
    public record Row(long id, String name, String email, String title, String organization, String sector,
            String criterion, String status, boolean needsReview, boolean acknowledged, String joinedOn) implements Serializable {
    }

    public List<Row> getRows() {
        if (rows == null) {
            Set<Long> acknowledged = members.acknowledgedCurrent();
            rows = members.directory().stream().map(v -> row(v, acknowledged)).toList();
        }
        return rows;
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

    public MemberStatus[] getStatuses() {
        return MemberStatus.values();
    }

    public List<Row> getFiltered() {
        return filtered;
    }

    public void setFiltered(List<Row> filtered) {
        this.filtered = filtered;
    }
}
