package org.partnershipsteward.bylaws.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import org.partnershipsteward.organization.boundary.Regions;

/** The regions of the bylaws in force, for the organisation component's forms and checks. */
@Dependent
public class BylawsRegions implements Regions {

    @Inject
    Bylaws bylaws;

    @Override
    public List<String> allowed() {
        String region = bylaws.current().membership().region();
        return region == null || region.isBlank() ? List.of() : List.of(region.strip());
    }
}
