package org.partnershipsteward.incident.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.partnershipsteward.platform.domain.UnknownEntityException;
import org.partnershipsteward.platform.web.Messages;

/**
 * {@code /incident/alert.xhtml?id=}: the live page of one alert. It polls every few seconds: who acknowledged,
 * with what answer, and who has not; beside an "I can help" answer the responder's organisation's resources.
 */
@Named
@ViewScoped
public class AlertStatusPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Alerts alerts;

    private Long id;
    private transient AlertViews.Status status;

    public void load() {
        status = null;
        if (id == null) {
            return;
        }
        try {
            status = alerts.status(id);
        } catch (UnknownEntityException e) {
            Messages.error("There is no alert with this number.");
        }
    }

    /** Called by the poll: reads the answers again. */
    public void refresh() {
        load();
    }

    public AlertViews.Status getStatus() {
        if (status == null && id != null) {
            load();
        }
        return status;
    }

    public List<AlertViews.Row> getWaiting() {
        return getStatus() == null ? List.of() : status.members().stream().filter(r -> r.response() == null).toList();
    }

    public List<AlertViews.Row> getAnswered() {
        return getStatus() == null ? List.of() : status.members().stream().filter(r -> r.response() != null).toList();
    }


    public String minutes(Double value) {
        return value == null ? "not yet" : String.format(java.util.Locale.US, "%.1f min", value);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
