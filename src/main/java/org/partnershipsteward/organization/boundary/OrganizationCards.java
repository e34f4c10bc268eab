package org.partnershipsteward.organization.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.partnershipsteward.organization.entity.Organization;
import org.partnershipsteward.organization.entity.Sector;
import org.partnershipsteward.platform.web.DashboardCard;
import org.partnershipsteward.platform.web.DashboardCards;

/** The secretariat's dashboard: how many organisations there are, public and private. */
@ApplicationScoped
public class OrganizationCards implements DashboardCards {

    @Inject
    Organizations organizations;

    @Override
    public List<DashboardCard> secretariatCards() {
        List<Organization> all = organizations.all();
        long publicCount = all.stream().filter(o -> o.getSector() == Sector.PUBLIC).count();
        long privateCount = all.stream().filter(o -> o.getSector() == Sector.PRIVATE).count();
        return List.of(
                new DashboardCard(10, "orgCount", String.valueOf(all.size()), "organizations",
                        "/organizations/index", "Manage organizations"),
                new DashboardCard(60, "sectorCount", publicCount + " / " + privateCount, "public / private organizations",
                        null, null));
    }
}
