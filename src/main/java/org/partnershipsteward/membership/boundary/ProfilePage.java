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

    private String title;
    private Long organizationId;
    private String phone;
    private String assistantName;
    private String assistantEmail;
    private String assistantPhone;
    private boolean loaded;
    private Boolean acknowledged;

    public void load() {
        if (!loaded) {
            Member me = members.me();
            title = me.getTitle();
            organizationId = me.getOrganizationId();
            phone = me.getPhone();
            assistantName = me.getAssistantName();
            assistantEmail = me.getAssistantEmail();
            assistantPhone = me.getAssistantPhone();
            loaded = true;
        }
    }

    public void save() {
        Member saved = Messages.attempt(() -> members.updateProfile(new ProfileRequest(title, organizationId, phone,
                assistantName, assistantEmail, assistantPhone)));
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

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    public void setOrganizationId(Long organizationId) {
        this.organizationId = organizationId;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getAssistantName() {
        return assistantName;
    }

    public void setAssistantName(String assistantName) {
        this.assistantName = assistantName;
    }

    public String getAssistantEmail() {
        return assistantEmail;
    }

    public void setAssistantEmail(String assistantEmail) {
        this.assistantEmail = assistantEmail;
    }

    public String getAssistantPhone() {
        return assistantPhone;
    }

    public void setAssistantPhone(String assistantPhone) {
        this.assistantPhone = assistantPhone;
    }
}
