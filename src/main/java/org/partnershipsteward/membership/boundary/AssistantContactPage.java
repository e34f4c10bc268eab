package org.partnershipsteward.membership.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.partnershipsteward.membership.entity.Assistant;
import org.partnershipsteward.membership.entity.Member;
import org.partnershipsteward.platform.web.Messages;

/** {@code /assistant/contact.xhtml}: the assistant keeps their own name and phone current and sees whom they assist. */
@Named
@ViewScoped
public class AssistantContactPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Assistants assistants;

    private String firstName;
    private String lastName;
    private String phone;
    private String email;
    private List<String> principals;

    public void load() {
        if (email == null) {
            Assistant me = assistants.me();
            email = me.getEmail();
            firstName = me.getFirstName();
            lastName = me.getLastName();
            phone = me.getPhone();
            principals = assistants.principals().stream().map(Member::fullName).toList();
        }
    }

    public void save() {
        if (Messages.attempt(() -> assistants.updateMe(new AssistantContactRequest(firstName, lastName, phone))) != null) {
            Messages.info("Your details are saved.");
        }
    }

    public String getEmail() {
        return email;
    }

    /** Whom the assistant assists, by name. */
    public String getPrincipals() {
        return principals == null ? "" : String.join(", ", principals);
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }
}
