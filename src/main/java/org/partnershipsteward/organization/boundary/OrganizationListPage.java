package org.partnershipsteward.organization.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.partnershipsteward.organization.entity.Organization;

/** The organisations table (secretariat and board). */
@Named
@ViewScoped
public class OrganizationListPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Organizations organizations;

    private List<Organization> rows;
    private List<Organization> filtered;

    public List<Organization> getRows() {
        if (rows == null) {
            rows = organizations.all();
        }
        return rows;
    }

    public List<Organization> getFiltered() {
        return filtered;
    }

    public void setFiltered(List<Organization> filtered) {
        this.filtered = filtered;
    }
}
