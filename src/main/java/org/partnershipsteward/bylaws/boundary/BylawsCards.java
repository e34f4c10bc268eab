package org.partnershipsteward.bylaws.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.partnershipsteward.bylaws.entity.BylawsDocument;
import org.partnershipsteward.platform.web.DashboardCard;
import org.partnershipsteward.platform.web.DashboardCards;

/** What the bylaws in force say, on the dashboards: the board's seats, and what members owe. */
@ApplicationScoped
public class BylawsCards implements DashboardCards {

    @Inject
    Bylaws bylaws;

    @Override
    public List<DashboardCard> secretariatCards() {
        return List.of(new DashboardCard(70, "seatCount", String.valueOf(bylaws.current().board().seatCount()),
                "Executive Board seats in the bylaws", null, null));
    }

    @Override
    public List<DashboardCard> memberCards() {
        BylawsDocument current = bylaws.current();
        return List.of(
                new DashboardCard(10, "attendanceMinimum", String.valueOf(current.attendance().minimum()),
                        "summit(s) to attend every " + current.attendance().periodMonths() + " months", null, null),
                new DashboardCard(20, "surveyShare", Math.round(current.surveys().minimumShare() * 100) + "%",
                        "of informal surveys to answer", null, null));
    }
}
