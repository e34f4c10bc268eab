package org.partnershipsteward.demo;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.partnershipsteward.incident.entity.Alert;
import org.partnershipsteward.incident.entity.AlertAudience;
import org.partnershipsteward.incident.entity.AlertRecipient;
import org.partnershipsteward.incident.entity.AlertResponse;
import org.partnershipsteward.incident.entity.OrganizationResource;
import org.partnershipsteward.incident.entity.ResourceKind;
import org.partnershipsteward.incident.entity.ResourceList;
import org.partnershipsteward.membership.entity.Member;
import org.partnershipsteward.organization.entity.Organization;
import org.partnershipsteward.summit.entity.Sharing;

/**
 * The demo's day-of-incident data: some organisations' resources for the day, and one past drill, answered by
 * most members within the hour (so the scorecard shows its times), with its second mail long done. Stored
 * directly, so loading the demo sends no mail.
 */
final class DemoIncident {

    /** Organisation name → its resources: kind, what, where, contact. */
    private static final Map<String, List<String[]>> RESOURCES = Map.of(
            "North Star Retail Corporation", List.of(
                    new String[] {"COMMAND_POST_SITE", "Headquarters conference floor with 60 seats, backup power and secure Wi-Fi",
                        "1000 Nicollet Mall, Minneapolis", "Security operations center, +1 612 555 0100"},
                    new String[] {"PARKING", "Parking ramp, 400 spaces, clearance 2.1 m; level 1 can host a mobile command vehicle",
                        "10th St & Nicollet, Minneapolis", "Facilities duty manager, +1 612 555 0101"},
                    new String[] {"CAMERAS", "180 cameras on the downtown campus and skyways; live feed to a partner's command post on request",
                        "Downtown Minneapolis", "Security operations center, +1 612 555 0100"}),
            "Northern Lights Energy", List.of(
                    new String[] {"GENERATOR", "Two trailer-mounted 500 kW generators with crews", "Saint Paul service center",
                        "Emergency operations, +1 651 555 0190"},
                    new String[] {"STAFF", "Line crews and gas technicians, 24/7", "Metro area", "Emergency operations, +1 651 555 0190"}),
            "Arena District Events Center", List.of(
                    new String[] {"STAGING_AREA", "Loading docks and a closed event floor (3,000 m²)", "600 1st Ave N, Minneapolis",
                        "Event security lead, +1 612 555 0177"},
                    new String[] {"PARKING", "Surface lot, 250 spaces", "Arena District", "Event security lead, +1 612 555 0177"}),
            "Sentinel Guard Services", List.of(
                    new String[] {"STAFF", "Up to 40 licensed officers within 4 hours; 6 with EMT training", "Twin Cities",
                        "Dispatch, +1 952 555 0120"},
                    new String[] {"VEHICLES", "Eight marked patrol SUVs", "Bloomington", "Dispatch, +1 952 555 0120"}));

    private DemoIncident() {
    }

    static void load(EntityManager em, List<Member> members, Map<String, Organization> organizations, Instant now) {
        resources(em, organizations, now);
        drill(em, members, now);
    }

    private static void resources(EntityManager em, Map<String, Organization> organizations, Instant now) {
        RESOURCES.forEach((name, lines) -> {
            Organization organization = organizations.get(name);
            if (organization == null) {
                return;
            }
            int position = 0;
            for (String[] line : lines) {
                em.persist(new OrganizationResource(organization.getId(), position++, ResourceKind.valueOf(line[0]), line[1],
                        line[2], line[3]));
            }
            ResourceList list = new ResourceList(organization.getId());
            list.saved("secretariat@steward.example", now.minus(Duration.ofDays(40)));
            em.persist(list);
        });
    }

    /** A drill to every current member seven weeks ago: most answered within the hour, two never did. */
    private static void drill(EntityManager em, List<Member> members, Instant now) {
        Instant sent = now.minus(Duration.ofDays(49)).minus(Duration.ofHours(3));
        Alert drill = new Alert("Quarterly alerting drill", "This is the partnership's quarterly drill. Please answer with one "
                + "click: received, I can help, or I need help.", Sharing.TLP_GREEN, AlertAudience.ALL, true,
                "secretariat@steward.example", sent, sent.plus(Duration.ofMinutes(30)));
        em.persist(drill);
        em.flush();
        List<Member> current = members.stream().filter(m -> m.getStatus().current())
                .sorted(Comparator.comparing(Member::getId)).toList();
        int n = 0;
        for (Member m : current) {
            AlertRecipient r = new AlertRecipient(drill.getId(), m.getId());
            n++;
            if (n <= current.size() - 2) {
                // answers spread over the first 50 minutes; every seventh can help, one needs help
                AlertResponse answer = n % 7 == 0 ? AlertResponse.CAN_HELP : n == 5 ? AlertResponse.NEED_HELP : AlertResponse.RECEIVED;
                r.answer(answer, sent.plus(Duration.ofSeconds(40L + (long) n * n * 2)));
            } else {
                r.secondMailSent();
            }
            em.persist(r);
        }
        drill.sentTo(current.size());
        drill.secondMailSent(sent.plus(Duration.ofMinutes(30)));
    }
}
