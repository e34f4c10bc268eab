package org.partnershipsteward.it;

import jakarta.json.JsonObject;
import java.util.List;

/** Reads the audit trail through GET /api/audit as the secretariat, to assert that a decision was recorded. */
final class AuditEntries {

    private AuditEntries() {
    }

    static List<JsonObject> of(Api secretariat, String subjectType, long subjectId) {
        Api.Answer answer = secretariat.get("/api/audit?size=200&subjectType=" + subjectType + "&subjectId=" + subjectId);
        if (answer.status() != 200) {
            throw new AssertionError("GET /api/audit answered " + answer.status() + ": " + answer.body());
        }
        return answer.array().stream().map(v -> v.asJsonObject()).toList();
    }

    /** The newest entry of the action about the subject; fails naming what the trail holds instead. */
    static JsonObject recorded(Api secretariat, String subjectType, long subjectId, String action) {
        List<JsonObject> entries = of(secretariat, subjectType, subjectId);
        return entries.stream().filter(e -> e.getString("action").equals(action)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + action + " for " + subjectType + " " + subjectId + " in " + entries));
    }
}
