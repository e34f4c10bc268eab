package org.partnershipsteward.notice.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.partnershipsteward.notice.entity.NoticeStatus;
import org.partnershipsteward.platform.web.DashboardCard;
import org.partnershipsteward.platform.web.DashboardCards;

/** The secretariat's dashboard: notices that failed. */
@ApplicationScoped
public class NoticeCards implements DashboardCards {

    @Inject
    Notices notices;

    @Override
    public List<DashboardCard> secretariatCards() {
        return List.of(new DashboardCard(40, "failedNotices",
                String.valueOf(notices.find(null, null, NoticeStatus.FAILED).size()), "notices failed",
                "/secretariat/notices", "Notice log"));
    }
}
