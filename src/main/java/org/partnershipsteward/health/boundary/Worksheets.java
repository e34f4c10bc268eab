package org.partnershipsteward.health.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.partnershipsteward.audit.boundary.AuditTrail;
import org.partnershipsteward.health.control.WorksheetTemplate;
import org.partnershipsteward.health.entity.Worksheet;
import org.partnershipsteward.platform.config.PartnershipConfig;
import org.partnershipsteward.platform.domain.InvalidInputException;
import org.partnershipsteward.platform.security.Roles;
import org.partnershipsteward.platform.time.PartnershipTime;

/** The yearly self-assessment worksheets: the secretariat and the board fill them in, revisit and compare them. */
@Stateless
@RolesAllowed({Roles.SECRETARIAT, Roles.BOARD})
public class Worksheets {

    @PersistenceContext
    EntityManager em;

    @Inject
    PartnershipTime time;

    @Inject
    AuditTrail audit;

    @Inject
    PartnershipConfig config;

    @Inject
    Clock clock;

    /** A year's answers and, to compare, those of the latest earlier year that has a worksheet. */
    public record Comparison(int year, Map<String, String> answers, Integer previousYear, Map<String, String> previous,
            String updatedBy, java.time.Instant updatedAt) {
    }

    /** The years that have a worksheet, newest first. */
    public List<Integer> years() {
        return em.createQuery("SELECT w.year FROM Worksheet w ORDER BY w.year DESC", Integer.class).getResultList();
    }

    public Comparison compare(int year) {
        checkYear(year);
        Optional<Worksheet> current = find(year);
        Optional<Worksheet> previous = em.createQuery("SELECT w FROM Worksheet w WHERE w.year < :y ORDER BY w.year DESC",
                Worksheet.class).setParameter("y", year).setMaxResults(1).getResultStream().findFirst();
        return new Comparison(year, current.map(w -> read(w.getAnswers())).orElse(Map.of()),
                previous.map(Worksheet::getYear).orElse(null), previous.map(w -> read(w.getAnswers())).orElse(Map.of()),
                current.map(Worksheet::getUpdatedBy).orElse(null), current.map(Worksheet::getUpdatedAt).orElse(null));
    }

    /** Saves the year's answers (blank answers are dropped); the first save creates the year's worksheet. */
    public Comparison save(int year, Map<String, String> answers) {
        checkYear(year);
        if (answers == null) {
            throw new InvalidInputException(Map.of("answers", "is required: an object of question keys and answers"));
        }
        Map<String, String> problems = WorksheetTemplate.problems(answers);
        if (!problems.isEmpty()) {
            Map<String, String> fields = new LinkedHashMap<>();
            problems.forEach((k, v) -> fields.put("answers." + k, v));
            throw new InvalidInputException(fields);
        }
        String json = toJson(answers);
        Optional<Worksheet> existing = find(year);
        if (existing.isPresent()) {
            existing.get().revise(json, audit.actor(), clock.instant());
        } else {
            em.persist(new Worksheet(year, json, audit.actor(), clock.instant()));
        }
        em.flush();
        audit.record(existing.isPresent() ? "WORKSHEET_REVISED" : "WORKSHEET_STARTED", "Worksheet", (long) year,
                answers.values().stream().filter(v -> v != null && !v.isBlank()).count() + " answers");
        return compare(year);
    }

    private Optional<Worksheet> find(int year) {
        return em.createQuery("SELECT w FROM Worksheet w WHERE w.year = :y", Worksheet.class).setParameter("y", year)
                .getResultStream().findFirst();
    }

    private void checkYear(int year) {
        int thisYear = time.today().getYear();
        if (year < 1990 || year > thisYear + 1) {
            throw new InvalidInputException(Map.of("year", "must be between 1990 and " + (thisYear + 1)));
        }
    }

    static Map<String, String> read(String json) {
        Map<String, String> answers = new TreeMap<>();
        try (var reader = Json.createReader(new StringReader(json))) {
            JsonObject object = reader.readObject();
            object.forEach((k, v) -> {
                if (v instanceof JsonString s) {
                    answers.put(k, s.getString());
                }
            });
        }
        return answers;
    }

    /** The answers as stored: a JSON object without blank answers, keys sorted. */
    public static String toJson(Map<String, String> answers) {
        JsonObjectBuilder builder = Json.createObjectBuilder();
        new TreeMap<>(answers).forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                builder.add(k, v.trim());
            }
        });
        return builder.build().toString();
    }
}
