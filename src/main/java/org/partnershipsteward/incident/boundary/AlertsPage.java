package org.partnershipsteward.incident.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.partnershipsteward.incident.entity.AlertAudience;
import org.partnershipsteward.platform.web.Messages;
import org.partnershipsteward.summit.entity.Sharing;

/** {@code /incident/alerts.xhtml}: send an urgent alert or a drill, and the alerts sent so far. */
@Named
@ViewScoped
public class AlertsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Alerts alerts;

    private String title;
    private String body;
    private String sharing = Sharing.TLP_AMBER.name();
    private String audience = AlertAudience.ALL.name();
    private boolean drill;
    private transient List<AlertViews.Summary> sent;

    public String send() {
        var created = Messages.attempt(() -> alerts.send(new AlertRequest(title, body, sharing, audience, drill)));
        if (created == null) {
            return null;
        }
        Messages.info((drill ? "Drill" : "Alert") + " sent to " + created.recipients() + " members; it goes out ahead of every other mail.");
        Messages.keep();
        return "/incident/alert?faces-redirect=true&id=" + created.id();
    }

    public List<AlertViews.Summary> getSent() {
        if (sent == null) {
            sent = alerts.all();
        }
        return sent;
    }

    public List<Sharing> getSharings() {
        return Arrays.asList(Sharing.values());
    }

    public List<AlertAudience> getAudiences() {
        return Arrays.asList(AlertAudience.values());
    }

    public String label(String sharingName) {
        return Sharing.valueOf(sharingName).notice();
    }

    public String audienceLabel(String audienceName) {
        return AlertAudience.valueOf(audienceName).label();
    }


    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getSharing() {
        return sharing;
    }

    public void setSharing(String sharing) {
        this.sharing = sharing;
    }

    public String getAudience() {
        return audience;
    }

    public void setAudience(String audience) {
        this.audience = audience;
    }

    public boolean isDrill() {
        return drill;
    }

    public void setDrill(boolean drill) {
        this.drill = drill;
    }
}
