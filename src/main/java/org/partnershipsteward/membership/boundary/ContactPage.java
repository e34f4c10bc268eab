package org.partnershipsteward.membership.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.partnershipsteward.membership.entity.ExecutiveLevel;
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
    private ProfileForm form;
    private EmergencyForm emergency;

    /** Reads what the link names; showing the page changes nothing. */
    public void load() {
        var target = confirmations.resolve(token);
        valid = target.isPresent();
        target.ifPresent(t -> {
            name = t.member().fullName();
            form = ProfileForm.of(t.member());
            emergency = EmergencyForm.of(t.member().emergencyContacts());
        });
    }

    public void confirmUnchanged() {
        finish(Messages.attempt(() -> confirmations.confirm(token, null, null)));
    }

    public void saveChanges() {
        finish(Messages.attempt(() -> confirmations.confirm(token, form.request(), emergency.request())));
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

    public EmergencyForm getEmergency() {
        return emergency;
    }

    public ProfileForm getForm() {
        return form;
    }
}
