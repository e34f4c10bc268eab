package org.partnershipsteward.organization.boundary;

import java.util.List;

/**
 * The regions an organisation may be in: the bylaws' own words, because eligibility and seat rules
 * compare them. Provided by the bylaws component (which depends on this one, not the other way round);
 * empty when the bylaws name no region, and then any region may be recorded.
 */
public interface Regions {

    List<String> allowed();
}
