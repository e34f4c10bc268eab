package org.partnershipsteward.membership.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.partnershipsteward.membership.entity.ExecutiveLevel;
import org.partnershipsteward.membership.entity.Member;
import org.partnershipsteward.organization.entity.Organization;
import org.partnershipsteward.platform.web.Messages;

/** The page behind the yearly "please confirm your details" link: the details held, confirm or correct. No login. */
@Named
@ViewScoped
public class ContactPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ContactConfirmations confirmations;

    private String token;
    private boolean valid;
    private boolean done;
    private String name;
    private String title;
    private Long organizationId;
    private String phone;
    private String assistantName;
    private String assistantEmail;
    private String assistantPhone;

    /** Reads what the link names; showing the page changes nothing. */
    public void load() {
        var target = confirmations.resolve(token);
        valid = target.isPresent();
        target.ifPresent(t -> {
            Member m = t.member();
            name = m.fullName();
            title = m.getTitle();
            organizationId = m.getOrganizationId();
            phone = m.getPhone();
            assistantName = m.getAssistantName();
            assistantEmail = m.getAssistantEmail();
            assistantPhone = m.getAssistantPhone();
        });
    }

    public void confirmUnchanged() {
        finish(Messages.attempt(() -> confirmations.confirm(token, null)));
    }

    public void saveChanges() {
        finish(Messages.attempt(() -> confirmations.confirm(token, new ProfileRequest(title, organizationId, phone,
                assistantName, assistantEmail, assistantPhone))));
    }

    private void finish(ContactConfirmations.Target saved) {
        if (saved != null) {
            done = true;
            Messages.info(saved.member().getExecutiveLevel() == ExecutiveLevel.NEEDS_REVIEW
                    ? "Thank you. Your new position goes to the secretariat for a short check of the membership criteria."
                    : "Thank you: your details are confirmed.");
        }
    }

    public List<Organization> getOrganizations() {
        return confirmations.organizations(token);
    }

    public boolean isValid() {
        return valid;
    }

    public boolean isDone() {
        return done;
    }

    public String getName() {
        return name;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
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
