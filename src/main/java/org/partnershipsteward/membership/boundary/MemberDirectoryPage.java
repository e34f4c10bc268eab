package org.partnershipsteward.membership.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.partnershipsteward.membership.entity.MemberStatus;

/** The member directory (secretariat and board): filter, sort, page, export to CSV. */
@Named
@ViewScoped
public class MemberDirectoryPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient MemberDirectory directory;

    private List<Row> rows;
    private List<Row> filtered;

    /** One line of the directory. */
    public record Row(long id, String name, String email, String title, String organization, String sector,
            String criterion, String status, boolean needsReview, boolean acknowledged, String joinedOn) implements Serializable {
    }

    public List<Row> getRows() {
        if (rows == null) {
            rows = directory.rows();
        }
        return rows;
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
