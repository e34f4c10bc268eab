package org.partnershipsteward.bylaws.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.partnershipsteward.audit.boundary.AuditTrail;
import org.partnershipsteward.bylaws.control.BylawsCheck;
import org.partnershipsteward.bylaws.control.BylawsCodec;
import org.partnershipsteward.bylaws.control.InForce;
import org.partnershipsteward.bylaws.entity.BylawsDocument;
import org.partnershipsteward.bylaws.entity.BylawsVersion;
import org.partnershipsteward.platform.config.PartnershipConfig;
import org.partnershipsteward.platform.domain.ConflictException;
import org.partnershipsteward.platform.domain.InvalidInputException;
import org.partnershipsteward.platform.persistence.Constraints;
import org.partnershipsteward.platform.persistence.PoolReads;
import org.partnershipsteward.platform.persistence.RenderMemo;
import org.partnershipsteward.platform.security.Roles;
import org.partnershipsteward.platform.time.PartnershipTime;

/** The versioned bylaws: the version in force on a day ({@link #inForceOn}) is what every rule of the system reads. */
@Stateless
public class Bylaws {

    @PersistenceContext
    EntityManager em;

    @Inject
    PartnershipTime time;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    PartnershipConfig config;

    @Inject
    Event<BylawsAmended> amended;

    @Inject
    AdoptedVersions adopted;

    @Inject
    PoolReads pool;

    /**
     * The version in force today (in the partnership's zone), readable by the system's own rules without a caller:
     * {@link #inForceOn} of today. An amendment adopted to take effect later is pending until its day.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public BylawsDocument current() {
        return inForceOn(today());
    }

    /**
     * The version in force on a day ({@link InForce}: of those that took effect by then the one adopted last, the
     * first one if none had yet), readable by the system's own rules without a caller (a period is judged under the
     * bylaws of its last day).
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public BylawsDocument inForceOn(LocalDate day) {
        List<Object[]> rows = RenderMemo.of(BylawsVersion.DATED, this::datedRows);
        int number = InForce.on(dated(rows), day).orElseThrow(() -> new IllegalStateException("No bylaws adopted yet"));
        Object[] chosen = rows.stream().filter(row -> number(row) == number).findFirst().orElseThrow();
        return adopted.document(((Number) chosen[2]).longValue(), id -> toDocument(em.find(BylawsVersion.class, id)));
    }

    /**
     * Number, first day and row id of every adopted version, newest first. Inside a transaction through the
     * persistence context (it sees that transaction's own amendment); outside one, where every page and API call reads
     * it, with one JDBC statement on the pool: EclipseLink prepared the report query anew on every call, two thirds of
     * the read's time (docs/quality.md, issue 21). Both read the committed rows of the moment.
     */
    List<Object[]> datedRows() {
        return pool.outsideTransaction(DATED_SQL, query -> { }, row -> {
            List<Object[]> rows = new ArrayList<>();
            while (row.next()) {
                rows.add(new Object[] {row.getInt(1), row.getObject(2, LocalDate.class), row.getLong(3)});
            }
            return rows;
        }, "The adopted bylaws versions could not be read")
                .orElseGet(() -> em.createNamedQuery(BylawsVersion.DATED, Object[].class).getResultList());
    }

    static final String DATED_SQL = "SELECT version_number, effective_from, id FROM bylaws_version "
            + "ORDER BY version_number DESC";

    /** The numbers and days of the adopted versions: what {@link InForce} needs, without the documents. */
    private static List<InForce.Dated> dated(List<Object[]> rows) {
        return rows.stream().map(row -> new InForce.Dated(number(row), (LocalDate) row[1])).toList();
    }

    private static int number(Object[] row) {
        return ((Number) row[0]).intValue();
    }

    /**
     * Whether a member may acknowledge {@code version} today: the version in force, or one adopted to take effect
     * later (the amendment's mail asks members to read and acknowledge it before its day).
     */
    @PermitAll
    public boolean acknowledgeable(int version) {
        List<InForce.Dated> versions = dated(em.createNamedQuery(BylawsVersion.DATED, Object[].class).getResultList());
        return InForce.on(versions, today()).map(n -> n == version).orElse(false) || InForce.pending(versions, version, today());
    }

    private LocalDate today() {
        return time.today();
    }

    @RolesAllowed({Roles.SECRETARIAT, Roles.BOARD, Roles.MEMBER})
    public List<BylawsVersion> history() {
        return em.createNamedQuery(BylawsVersion.NEWEST_FIRST, BylawsVersion.class).getResultList();
    }

    /** Adopts an amended version; it is in force from {@code effectiveFrom} (default today). */
    @RolesAllowed(Roles.SECRETARIAT)
    public BylawsDocument amend(@NotNull @Valid BylawsDocument proposed) {
        Map<String, String> problems = BylawsCheck.problems(proposed);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        int next = newest().map(v -> v.getNumber() + 1).orElse(1);
        LocalDate from = proposed.effectiveFrom() != null ? proposed.effectiveFrom() : time.today();
        BylawsDocument adopted = adopt(proposed.asVersion(next, from));
        audit.record("BYLAWS_AMENDED", "Bylaws", (long) next, proposed.summary());
        amended.fire(new BylawsAmended(next, from, proposed.summary()));
        return adopted;
    }

    /** Installs the shipped TCSP default as version 1 when no version exists. */
    @PermitAll
    public void installDefaultIfNone() {
        if (newest().isEmpty()) {
            adopt(BylawsCodec.tcspDefault().asVersion(1, BylawsCodec.tcspDefault().effectiveFrom()));
            audit.record("BYLAWS_ADOPTED", "Bylaws", 1L, "Shipped default (TCSP bylaws)");
        }
    }

    private BylawsDocument adopt(BylawsDocument document) {
        BylawsVersion version = new BylawsVersion(document.version(), document.effectiveFrom(),
                document.summary(), BylawsCodec.toJson(document), audit.actor(), clock.instant());
        try {
            em.persist(version);
            em.flush();
        } catch (PersistenceException e) {
            if (!Constraints.isViolation(e)) {
                throw e;
            }
            throw new ConflictException("Bylaws version " + document.version()
                    + " was adopted by someone else meanwhile; reload and try again");
        }
        return document;
    }

    private Optional<BylawsVersion> newest() {
        return em.createNamedQuery(BylawsVersion.NEWEST_FIRST, BylawsVersion.class)
                .setMaxResults(1).getResultStream().findFirst();
    }

    static BylawsDocument toDocument(BylawsVersion version) {
        return BylawsCodec.fromJson(version.getDocument()).asVersion(version.getNumber(), version.getEffectiveFrom());
    }
}
