package org.partnershipsteward.incident.boundary;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.partnershipsteward.incident.entity.ResourceKind;
import org.partnershipsteward.platform.config.PartnershipConfig;
import org.partnershipsteward.platform.domain.UnknownEntityException;
import org.partnershipsteward.platform.web.Messages;

/**
 * {@code /organizations/resources.xhtml?id=}: an organisation's resources for the day, kept by its members and the
 * secretariat. Without an id it opens the signed-in member's own organisation. Saving confirms the list.
 */
@Named
@ViewScoped
public class ResourceListPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One editable line. */
    public static class Line implements Serializable {
        private static final long serialVersionUID = 1L;
        private String kind = ResourceKind.OTHER.name();
        private String description;
        private String location;
        private String contact;

        public String getKind() {
            return kind;
        }

        public void setKind(String kind) {
            this.kind = kind;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public String getLocation() {
            return location;
        }

        public void setLocation(String location) {
            this.location = location;
        }

        public String getContact() {
            return contact;
        }

        public void setContact(String contact) {
            this.contact = contact;
        }
    }

    @Inject
    transient Resources resources;

    @Inject
    transient PartnershipConfig config;

    private Long id;
    private String organization;
    private String confirmed;
    private boolean allowed;
    private List<Line> lines = new ArrayList<>();

    public void load() {
        if (id == null) {
            id = resources.myOrganization().orElse(null);
        }
        allowed = false;
        if (id == null) {
            return;
        }
        try {
            show(resources.of(id));
            allowed = true;
        } catch (UnknownEntityException e) {
            Messages.error("There is no organisation with this number.");
        } catch (EJBAccessException e) {
            Messages.error("Only the organisation's own members and the secretariat keep its resources.");
        }
    }

    private void show(ResourceListView list) {
        organization = list.organization();
        confirmed = list.confirmedAt() == null ? "never" : config.when(list.confirmedAt()) + " by " + list.confirmedBy();
        lines = new ArrayList<>();
        for (ResourceView r : list.resources()) {
            Line line = new Line();
            line.setKind(r.kind());
            line.setDescription(r.description());
            line.setLocation(r.location());
            line.setContact(r.contact());
            lines.add(line);
        }
    }

    public void add() {
        lines.add(new Line());
    }

    public void remove(Line line) {
        lines.remove(line);
    }

    public void save() {
        List<ResourceRequest> requests = lines.stream()
                .map(l -> new ResourceRequest(l.getKind(), l.getDescription(), l.getLocation(), l.getContact())).toList();
        var saved = Messages.attempt(() -> resources.replace(id, requests));
        if (saved != null) {
            show(saved);
            Messages.info("Saved and confirmed: " + saved.resources().size() + " resources listed.");
        }
    }

    public List<ResourceKind> getKinds() {
        return Arrays.asList(ResourceKind.values());
    }

    public boolean isAllowed() {
        return allowed;
    }

    public String getOrganization() {
        return organization;
    }

    public String getConfirmed() {
        return confirmed;
    }

    public List<Line> getLines() {
        return lines;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
