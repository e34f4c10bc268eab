package org.partnershipsteward.organization.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.partnershipsteward.organization.entity.Organization;
import org.partnershipsteward.organization.entity.OrganizationKind;
import org.partnershipsteward.organization.entity.Sector;
import org.partnershipsteward.platform.domain.ConflictException;
import org.partnershipsteward.platform.domain.InvalidInputException;
import org.partnershipsteward.platform.domain.RuleViolationException;

/** Creates or edits one organisation (secretariat). Refusals become messages; nothing is stored then. */
@Named
@ViewScoped
public class OrganizationEditPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Organizations organizations;

    @Inject
    transient Regions regions;

    private Long id;
    private String name;
    private Sector sector = Sector.PRIVATE;
    private OrganizationKind kind = OrganizationKind.CORPORATION;
    private String region;
    private boolean fortune500;
    private boolean foundingSponsor;

    /** Loads the organisation named by the {@code id} view parameter, if any. */
    public void load() {
        if (id != null && name == null) {
            Organization o;
            try {
                o = organizations.byId(id);
            } catch (org.partnershipsteward.platform.domain.UnknownEntityException e) {
                org.partnershipsteward.platform.web.Messages.error("There is no organisation " + id + ".");
                id = null;
                return;
            }
            name = o.getName();
            sector = o.getSector();
            kind = o.getKind();
            region = o.getRegion();
            fortune500 = o.isFortune500();
            foundingSponsor = o.isFoundingSponsor();
        }
    }

    public String save() {
        OrganizationRequest request = new OrganizationRequest(name, sector.name(), kind.name(), region,
                fortune500, foundingSponsor);
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            if (id == null) {
                organizations.create(request);
            } else {
                organizations.update(id, request);
            }
        } catch (InvalidInputException e) {
            e.fieldErrors().forEach((field, message) -> error(faces, label(field) + ": " + message));
            return null;
        } catch (ConflictException | RuleViolationException e) {
            error(faces, e.getMessage());
            return null;
        } catch (ConstraintViolationException violations) {
            // an application exception (WEB-INF/ejb-jar.xml): it arrives as it is, not wrapped
            violations.getConstraintViolations().forEach(v -> error(faces, v.getPropertyPath() + " " + v.getMessage()));
            return null;
        }
        faces.getExternalContext().getFlash().setKeepMessages(true);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, "Saved " + name.trim(), null));
        return "/organizations/index?faces-redirect=true";
    }

    private static String label(String field) {
        return Map.of("kind", "Kind", "fortune500", "Fortune 500", "foundingSponsor", "Founding sponsor")
                .getOrDefault(field, field);
    }

    private static void error(FacesContext faces, String message) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    }

    /** The regions the bylaws name, offered as the only choices (plus "not recorded"). */
    public List<String> getRegions() {
        return regions.allowed();
    }

    public Sector[] getSectors() {
        return Sector.values();
    }

    public OrganizationKind[] getKinds() {
        return OrganizationKind.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Sector getSector() {
        return sector;
    }

    public void setSector(Sector sector) {
        this.sector = sector;
    }

    public OrganizationKind getKind() {
        return kind;
    }

    public void setKind(OrganizationKind kind) {
        this.kind = kind;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public boolean isFortune500() {
        return fortune500;
    }

    public void setFortune500(boolean fortune500) {
        this.fortune500 = fortune500;
    }

    public boolean isFoundingSponsor() {
        return foundingSponsor;
    }

    public void setFoundingSponsor(boolean foundingSponsor) {
        this.foundingSponsor = foundingSponsor;
    }
}
