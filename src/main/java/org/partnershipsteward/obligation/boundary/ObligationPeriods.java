package org.partnershipsteward.obligation.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Map;
import org.partnershipsteward.bylaws.boundary.Bylaws;
import org.partnershipsteward.platform.time.Period;
import org.partnershipsteward.platform.config.PartnershipConfig;
import org.partnershipsteward.platform.domain.InvalidInputException;
import org.partnershipsteward.platform.time.PartnershipTime;

/**
 * What the obligation boundaries share: periods read against the bylaws in force, the partnership's today, and
 * whether a period is closed. Not a boundary: no transaction or security of its own.
 */
@Dependent
public class ObligationPeriods {

    @PersistenceContext
    EntityManager em;

    @Inject
    PartnershipTime time;

    @Inject
    Bylaws bylaws;

    @Inject
    PartnershipConfig config;

    /** The period text read against the bylaws in force; a clear 400 when it is not a period. */
    Period parse(String text) {
        try {
            return Period.parse(text, bylaws.inForceOn(today()).attendance().periodMonths());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(Map.of("period", e.getMessage()));
        }
    }

    /** The period that contains today. */
    Period current() {
        return Period.containing(today(), bylaws.inForceOn(today()).attendance().periodMonths());
    }

    boolean closed(Period period) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM compliance_period WHERE period = ?")
                .setParameter(1, period.toString()).getSingleResult()).intValue() > 0;
    }

    LocalDate today() {
        return time.today();
    }
}
