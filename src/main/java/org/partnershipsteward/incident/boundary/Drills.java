package org.partnershipsteward.incident.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.partnershipsteward.health.boundary.DrillRecords;
import org.partnershipsteward.health.control.Facts.DrillFact;
import org.partnershipsteward.incident.control.AcknowledgementTimes;
import org.partnershipsteward.incident.entity.Alert;
import org.partnershipsteward.incident.entity.AlertRecipient;
import org.partnershipsteward.platform.config.PartnershipConfig;

/** The health scorecard's {@link DrillRecords}: every drill with the minutes until half and all acknowledged. */
@ApplicationScoped
public class Drills implements DrillRecords {

    @PersistenceContext
    EntityManager em;

    @Inject
    PartnershipConfig config;

    @Override
    public List<DrillFact> drills() {
        List<Alert> drills = em.createQuery("SELECT a FROM Alert a WHERE a.drill = TRUE ORDER BY a.sentAt", Alert.class)
                .getResultList();
        if (drills.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Instant>> acknowledged = new HashMap<>();
        em.createQuery("SELECT r FROM AlertRecipient r WHERE r.alertId IN (SELECT a.id FROM Alert a WHERE a.drill = TRUE)",
                AlertRecipient.class).getResultStream()
                .forEach(r -> acknowledged.computeIfAbsent(r.getAlertId(), k -> new ArrayList<>()).add(r.getAcknowledgedAt()));
        return drills.stream().map(d -> {
            var times = AcknowledgementTimes.of(d.getSentAt(), d.getRecipients(), acknowledged.getOrDefault(d.getId(), List.of()));
            return new DrillFact(d.getSentAt().atZone(config.zone()).toLocalDate(), times.toHalfMinutes(), times.toAllMinutes());
        }).toList();
    }
}
