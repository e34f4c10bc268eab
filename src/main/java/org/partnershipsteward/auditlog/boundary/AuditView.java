package org.partnershipsteward.auditlog.boundary;

import java.time.Instant;
import org.partnershipsteward.audit.entity.AuditEntry;

/** An audit entry as the API lists it. */
public record AuditView(Instant at, String actor, String action, String subjectType, Long subjectId, String detail) {

    public static AuditView of(AuditEntry entry) {
        return new AuditView(entry.getOccurredAt(), entry.getActor(), entry.getAction(), entry.getSubjectType(),
                entry.getSubjectId(), entry.getDetail());
    }
}
