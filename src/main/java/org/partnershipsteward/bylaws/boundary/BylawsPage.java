package org.partnershipsteward.bylaws.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.partnershipsteward.bylaws.entity.BylawsDocument;
import org.partnershipsteward.bylaws.entity.BylawsVersion;

/** The read-only bylaws page: the version in force, in words, and the history of versions. */
@Named
@RequestScoped
public class BylawsPage {

    @Inject
    Bylaws bylaws;

    private BylawsDocument current;

    public BylawsDocument getCurrent() {
        if (current == null) {
            current = bylaws.current();
        }
        return current;
    }

    public String getSurveyPercent() {
        return Math.round(getCurrent().surveys().minimumShare() * 100) + "%";
    }

    public String getTopics() {
        return String.join(", ", getCurrent().topics());
    }

    public List<BylawsVersion> getHistory() {
        return bylaws.history();
    }
}
