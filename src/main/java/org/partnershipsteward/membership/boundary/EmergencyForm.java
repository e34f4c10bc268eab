package org.partnershipsteward.membership.boundary;

import java.io.Serializable;
import org.partnershipsteward.membership.entity.EmergencyContacts;

/** The 24/7 contacts as the profile page and the yearly confirmation page edit them. */
public class EmergencyForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String mobile;
    private String afterHoursPhone;
    private String backupName;
    private String backupPhone;
    private String backupEmail;

    public static EmergencyForm of(EmergencyContacts c) {
        EmergencyForm form = new EmergencyForm();
        form.mobile = c.mobile();
        form.afterHoursPhone = c.afterHoursPhone();
        form.backupName = c.backupName();
        form.backupPhone = c.backupPhone();
        form.backupEmail = c.backupEmail();
        return form;
    }

    public EmergencyRequest request() {
        return new EmergencyRequest(mobile, afterHoursPhone, backupName, backupPhone, backupEmail);
    }

    public String getMobile() {
        return mobile;
    }

    public void setMobile(String mobile) {
        this.mobile = mobile;
    }

    public String getAfterHoursPhone() {
        return afterHoursPhone;
    }

    public void setAfterHoursPhone(String afterHoursPhone) {
        this.afterHoursPhone = afterHoursPhone;
    }

    public String getBackupName() {
        return backupName;
    }

    public void setBackupName(String backupName) {
        this.backupName = backupName;
    }

    public String getBackupPhone() {
        return backupPhone;
    }

    public void setBackupPhone(String backupPhone) {
        this.backupPhone = backupPhone;
    }

    public String getBackupEmail() {
        return backupEmail;
    }

    public void setBackupEmail(String backupEmail) {
        this.backupEmail = backupEmail;
    }
}
