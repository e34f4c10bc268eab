package org.partnershipsteward.incident.boundary;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.partnershipsteward.incident.control.AlertDisclosure;

/** What the alert boundary answers, as records the API serialises and the pages read. */
public final class AlertViews {

    private AlertViews() {
    }

    /** {@code POST /api/alerts} answers with the alert's id and the number of members it went to. */
    public record Created(long id, int recipients) {
    }

    /** One alert in the list of those sent. */
    public record Summary(long id, String title, String sharing, String audience, boolean drill, Instant sentAt,
            String sentBy, int recipients, long acknowledged) {
    }

    /** One recipient on the live page: their answer, and beside "I can help" their organisation's resources. */
    public record Row(long memberId, String name, String organization, String response, String responseLabel,
            Instant acknowledgedAt, boolean secondMail, List<ResourceView> resources) {
    }

    /** {@code GET /api/alerts/{id}}: who acknowledged and who did not. */
    public record Status(long id, String title, String body, String sharing, String sharingLabel, String audience,
            boolean drill, Instant sentAt, String sentBy, int recipients, long acknowledged, Map<String, Long> responses,
            List<Long> unacknowledged, Instant secondMailAt, Instant secondMailSentAt, Double toHalfMinutes,
            Double toAllMinutes, List<Row> members) {
    }

    /** What the acknowledgement link (no login) shows: only what the member's own mail may carry. */
    public record Link(long alertId, String memberName, boolean drill, Instant sentAt, AlertDisclosure.Text text,
            String response) {
    }

    /** An alert as its recipient reads it in the portal, signed in. */
    public record Mine(long alertId, String title, String body, String sharingLabel, String sharingMeaning, boolean drill,
            Instant sentAt, String response) {
    }
}
