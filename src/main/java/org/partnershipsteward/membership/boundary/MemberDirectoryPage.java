package org.partnershipsteward.membership.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.partnershipsteward.membership.entity.Member;
import org.partnershipsteward.membership.entity.MemberStatus;
import org.partnershipsteward.organization.boundary.Organizations;
import org.partnershipsteward.organization.entity.Organization;

/** The member directory (secretariat and board): filter, sort, page, export to CSV. */
@Named
@ViewScoped
public class MemberDirectoryPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Members members;

    @Inject
    transient Organizations organizations;

    private List<Row> rows;
    private List<Row> filtered;

    /** One line of the directory. */
    public record Row(long id, String name, String email, String title, String organization, String sector,
            String criterion, String status, boolean needsReview, boolean acknowledged, String joinedOn) implements Serializable {
    }

    public List<Row> getRows() {
        if (rows == null) {
            Map<Long, Organization> byId = new HashMap<>();
            organizations.all().forEach(o -> byId.put(o.getId(), o));
            Set<Long> acknowledged = members.acknowledgedCurrent();
            rows = members.find(null).stream().map(m -> row(m, byId.get(m.getOrganizationId()), acknowledged)).toList();
        }
        return rows;
    }

    private static Row row(Member m, Organization o, Set<Long> acknowledged) {
        return new Row(m.getId(), m.getLastName() + ", " + m.getFirstName(), m.getEmail(), m.getTitle(),
                o == null ? "" : o.getName(), o == null ? "" : o.getSector().name(), m.getCriterion().name(),
                m.getStatus().name(), m.getExecutiveLevel().name().equals("NEEDS_REVIEW"),
                acknowledged.contains(m.getId()), m.getJoinedOn().toString());
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
