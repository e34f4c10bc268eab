package org.partnershipsteward.summit.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.partnershipsteward.summit.control.SharingPolicy;
import org.partnershipsteward.summit.entity.AgendaItem;
import org.partnershipsteward.summit.entity.Summit;

/** A summit's accepted agenda items written for one audience outside the portal, as {@link SharingPolicy} allows. */
@Dependent
public class SharedAgenda {

    @PersistenceContext
    EntityManager em;

    /** The accepted items in order for the audience; empty when the agenda has none. */
    public Optional<SharingPolicy.Text> of(Summit summit, SharingPolicy.Audience audience) {
        var items = em.createQuery("SELECT i FROM AgendaItem i WHERE i.summitId = :s AND i.status = :a ORDER BY i.position",
                AgendaItem.class).setParameter("s", summit.getId()).setParameter("a", AgendaItem.Status.ACCEPTED).getResultList();
        if (items.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(SharingPolicy.agenda(items.stream()
                .map(i -> new SharingPolicy.Entry(i.getTitle(), i.getPresenter(), i.getMinutes(), i.getSharing())).toList(), audience));
    }
}
