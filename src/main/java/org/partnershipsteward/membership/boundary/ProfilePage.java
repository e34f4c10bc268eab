package org.partnershipsteward.membership.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.partnershipsteward.bylaws.boundary.Bylaws;
import org.partnershipsteward.membership.entity.ExecutiveLevel;
import org.partnershipsteward.membership.entity.Member;
import org.partnershipsteward.organization.boundary.Organizations;
import org.partnershipsteward.organization.entity.Organization;
import org.partnershipsteward.platform.web.Messages;

/** A member's own profile, and the acknowledgement of the bylaws in force. */
@Named
@ViewScoped
public class ProfilePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Members members;

    @Inject
    transient Organizations organizations;

    @Inject
    transient Bylaws bylaws;

    private ProfileForm form;
    private boolean loaded;
    private Boolean acknowledged;

    public void load() {
        if (!loaded) {
            form = ProfileForm.of(members.me());
            loaded = true;
        }
    }

    public void save() {
        Member saved = Messages.attempt(() -> members.updateProfile(form.request()));
        if (saved != null) {
            Messages.info(saved.getExecutiveLevel() == ExecutiveLevel.NEEDS_REVIEW
                    ? "Saved. Your new position goes to the secretariat for a short check of the membership criteria."
                    : "Saved.");
        }
    }

    public boolean isAcknowledged() {
        if (acknowledged == null) {
            acknowledged = members.acknowledged(members.me().getId(), getBylawsVersion());
        }
        return acknowledged;
    }

    public int getBylawsVersion() {
        return bylaws.current().version();
    }

    public void acknowledge() {
        Integer version = Messages.attempt(() -> members.acknowledge(getBylawsVersion()));
        if (version != null) {
            acknowledged = true;
            Messages.info("Thank you: you acknowledged bylaws version " + version + ".");
        }
    }

    public List<Organization> getOrganizations() {
        return organizations.all();
    }

    public ProfileForm getForm() {
        return form;
    }
}
