package org.partnershipsteward.incident.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.partnershipsteward.incident.entity.ResourceKind;
import org.partnershipsteward.platform.web.Messages;

/** {@code /incident/resources.xhtml}: every organisation's resources for the day, searched by kind and words (place, skill ...). */
@Named
@ViewScoped
public class ResourceSearchPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Resources resources;

    private String kind;
    private String q;
    private List<ResourceView> rows;

    public void search() {
        rows = Messages.attempt(() -> resources.search(kind, q));
    }

    public List<ResourceView> getRows() {
        if (rows == null) {
            search();
        }
        return rows == null ? List.of() : rows;
    }

    public List<ResourceKind> getKinds() {
        return Arrays.asList(ResourceKind.values());
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }
}
