package org.partnershipsteward.health.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;
import org.partnershipsteward.health.control.Measure;

/** The board's scorecard page: six ingredients, their measures with a trend chart each, printable. */
@Named
@ViewScoped
public class ScorecardPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Health health;

    private ScorecardView card;

    public ScorecardView getCard() {
        if (card == null) {
            card = ScorecardView.of(health.scorecard(), health.criterionMix());
        }
        return card;
    }

    /** Whether the measure has a history worth a chart. */
    public boolean hasTrend(ScorecardView.MeasureView m) {
        return m.trend().size() > 1;
    }

    /** The Chart.js configuration of a measure's trend, as PrimeFaces' p:chart takes it. */
    public String chart(ScorecardView.MeasureView m) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        for (Measure.Point p : m.trend()) {
            labels.add(p.period());
            if (p.value() == null) {
                data.addNull();
            } else {
                data.add(p.value());
            }
        }
        var y = Json.createObjectBuilder().add("beginAtZero", true);
        if (Measure.PERCENT.equals(m.unit())) {
            y.add("suggestedMax", 100);
        }
        return Json.createObjectBuilder().add("type", "line")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("label", m.name()).add("data", data)
                                .add("borderColor", "#1f5f8b").add("backgroundColor", "#1f5f8b").add("spanGaps", true)
                                .add("tension", 0.2))))
                .add("options", Json.createObjectBuilder().add("animation", false).add("responsive", true)
                        .add("maintainAspectRatio", false)
                        .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("display", false)))
                        .add("scales", Json.createObjectBuilder().add("y", y)))
                .build().toString();
    }
}
