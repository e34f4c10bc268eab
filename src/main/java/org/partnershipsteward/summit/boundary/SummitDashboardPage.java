package org.partnershipsteward.summit.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.partnershipsteward.platform.config.PartnershipConfig;
import org.partnershipsteward.summit.control.CadenceWarning;
import org.partnershipsteward.summit.entity.Summit;

/** The summits on every dashboard: the next one, and the bylaws' cadence warnings of the plan. */
@Named
@RequestScoped
public class SummitDashboardPage {

    @Inject
    Summits summits;

    @Inject
    PartnershipConfig config;

    /** The next summit that takes place, if any. */
    public Summit getNextSummit() {
        return summits.upcoming().stream().findFirst().orElse(null);
    }

    public String getNextSummitWhen() {
        var next = getNextSummit();
        return next == null ? "" : config.when(next.getStartsAt());
    }

    /** The bylaws' cadence warnings of the plan (they warn, they do not block). */
    public List<CadenceWarning> getCadenceWarnings() {
        return summits.warnings();
    }
}
