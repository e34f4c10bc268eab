package org.partnershipsteward.membership.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.partnershipsteward.bylaws.boundary.Bylaws;
import org.partnershipsteward.membership.entity.ExecutiveLevel;
import org.partnershipsteward.membership.entity.Member;
import org.partnershipsteward.membership.entity.SharingChoices;
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

    @Inject
    transient Peers peers;

    @Inject
    transient Roster roster;

    private ProfileForm form;
    private EmergencyForm emergency;
    private EmergencyView emergencyView;
    private boolean shareTitle;
    private boolean shareOrganization;
    private boolean shareEmail;
    private boolean sharePhone;
    private boolean shareTopics;
    private boolean shareEmergency;
    private List<String> follows;
    private List<String> speaksTo;
    private boolean loaded;
    private Boolean acknowledged;

    public void load() {
        if (!loaded) {
            Member me = members.me();
            form = ProfileForm.of(me);
            emergency = EmergencyForm.of(me.emergencyContacts());
            emergencyView = roster.mine();
            SharingChoices sharing = me.getSharing();
            shareTitle = sharing.title();
            shareOrganization = sharing.organization();
            shareEmail = sharing.email();
            sharePhone = sharing.phone();
            shareTopics = sharing.topics();
            shareEmergency = sharing.emergency();
            var topics = peers.myTopics();
            follows = new java.util.ArrayList<>(topics.get("follows"));
            speaksTo = new java.util.ArrayList<>(topics.get("speaksTo"));
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

    /** Saves what the other members see. */
    public void saveSharing() {
        SharingChoices saved = Messages.attempt(() -> peers.chooseSharing(new SharingRequest(shareTitle, shareOrganization,
                shareEmail, sharePhone, shareTopics, shareEmergency)));
        if (saved != null) {
            Messages.info("Saved: the directory shows your name" + (saved.title() ? ", title" : "")
                    + (saved.organization() ? ", organization" : "") + (saved.email() ? ", email" : "")
                    + (saved.phone() ? ", phone" : "") + (saved.topics() ? ", topics" : "")
                    + (saved.emergency() ? "; the emergency roster lists your 24/7 contacts" : "") + ".");
        }
    }

    public void saveTopics() {
        if (Messages.attempt(() -> peers.chooseTopics(new TopicsRequest(follows, speaksTo))) != null) {
            Messages.info("Saved your topics.");
        }
    }

    /** Saves the 24/7 contacts, which confirms them. */
    public void saveEmergency() {
        EmergencyView saved = Messages.attempt(() -> roster.keep(emergency.request()));
        if (saved != null) {
            emergencyView = saved;
            Messages.info(saved.confirmedOn() == null ? "You are off the emergency roster."
                    : "Saved and confirmed today.");
        }
    }

    public List<String> getTopicChoices() {
        return bylaws.current().topics();
    }

    public EmergencyForm getEmergency() {
        return emergency;
    }

    public EmergencyView getEmergencyView() {
        return emergencyView;
    }

    public boolean isShareTitle() {
        return shareTitle;
    }

    public void setShareTitle(boolean shareTitle) {
        this.shareTitle = shareTitle;
    }

    public boolean isShareOrganization() {
        return shareOrganization;
    }

    public void setShareOrganization(boolean shareOrganization) {
        this.shareOrganization = shareOrganization;
    }

    public boolean isShareEmail() {
        return shareEmail;
    }

    public void setShareEmail(boolean shareEmail) {
        this.shareEmail = shareEmail;
    }

    public boolean isSharePhone() {
        return sharePhone;
    }

    public void setSharePhone(boolean sharePhone) {
        this.sharePhone = sharePhone;
    }

    public boolean isShareTopics() {
        return shareTopics;
    }

    public void setShareTopics(boolean shareTopics) {
        this.shareTopics = shareTopics;
    }

    public boolean isShareEmergency() {
        return shareEmergency;
    }

    public void setShareEmergency(boolean shareEmergency) {
        this.shareEmergency = shareEmergency;
    }

    public List<String> getFollows() {
        return follows;
    }

    public void setFollows(List<String> follows) {
        this.follows = follows;
    }

    public List<String> getSpeaksTo() {
        return speaksTo;
    }

    public void setSpeaksTo(List<String> speaksTo) {
        this.speaksTo = speaksTo;
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
