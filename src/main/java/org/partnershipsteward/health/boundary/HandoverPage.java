package org.partnershipsteward.health.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The secretariat's hand-over page: every section of work in flight, each item linked to where it is handled. */
@Named
@ViewScoped
public class HandoverPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Handover handover;

    private transient List<Handover.Section> sections;

    public List<Handover.Section> getSections() {
        if (sections == null) {
            sections = handover.sections();
        }
        return sections;
    }

    public int getOpenItems() {
        return getSections().stream().mapToInt(s -> s.items().size()).sum();
    }
}
