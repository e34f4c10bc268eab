package org.partnershipsteward.membership.boundary;

import java.io.Serializable;
import org.partnershipsteward.membership.entity.Member;

/** The fields a member keeps current, as the profile page and the confirmation page edit them. */
public class ProfileForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String title;
    private Long organizationId;
    private String phone;
    private String assistantName;
    private String assistantEmail;
    private String assistantPhone;

    public static ProfileForm of(Member m) {
        ProfileForm form = new ProfileForm();
        form.title = m.getTitle();
        form.organizationId = m.getOrganizationId();
        form.phone = m.getPhone();
        form.assistantName = m.getAssistantName();
        form.assistantEmail = m.getAssistantEmail();
        form.assistantPhone = m.getAssistantPhone();
        return form;
    }

    public ProfileRequest request() {
        return new ProfileRequest(title, organizationId, phone, assistantName, assistantEmail, assistantPhone);
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
