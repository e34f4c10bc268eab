package org.partnershipsteward.membership.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.partnershipsteward.membership.entity.Member;
import org.partnershipsteward.platform.domain.UnknownEntityException;
import org.partnershipsteward.platform.web.Messages;

/**
 * The "Assistants" section of the member's profile and of the member page (secretariat): name an assistant (they
 * get a login and a set-password link by mail) or remove one. Shown only to those who may manage them.
 */
@Named
@ViewScoped
public class AssistantsPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Assistants assistants;

    @Inject
    transient CurrentMember currentMember;

    private Long memberId;
    private boolean mayManage;
    private List<AssistantView> list = List.of();
    private String firstName;
    private String lastName;
    private String email;

    /** The signed-in member's own assistants (the profile page). */
    public void forMe() {
        if (memberId == null) {
            currentMember.find().map(Member::getId).ifPresent(this::init);
        }
    }

    /** A member's assistants (the member page); nothing for an unknown member. */
    public void forMember(Long id) {
        if (memberId == null && id != null) {
            init(id);
        }
    }

    private void init(long id) {
        memberId = id;
        mayManage = assistants.mayManage(id);
        if (mayManage) {
            try {
                reload();
            } catch (UnknownEntityException e) {
                mayManage = false; // the member page says there is no such member
            }
        }
    }

    private void reload() {
        list = assistants.of(memberId).stream().map(AssistantView::of).toList();
    }

    public void add() {
        var named = Messages.attempt(() -> assistants.name(memberId, new AssistantRequest(firstName, lastName, email)));
        if (named != null) {
            Messages.info(named.fullName() + " assists this member now. A mail with a link to choose a password is on its way"
                    + " (if they had no password yet).");
            firstName = null;
            lastName = null;
            email = null;
            reload();
        }
    }

    public void remove(long assistantId) {
        Boolean removed = Messages.attempt(() -> {
            assistants.remove(memberId, assistantId);
            return Boolean.TRUE;
        });
        if (removed != null) {
            Messages.info("The assistant no longer acts for this member.");
        }
        reload();
    }

    public boolean isMayManage() {
        return mayManage;
    }

    public List<AssistantView> getList() {
        return list;
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

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
