package org.partnershipsteward.summit.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import org.partnershipsteward.platform.config.PartnershipConfig;
import org.partnershipsteward.platform.web.Messages;
import org.partnershipsteward.summit.control.CadenceWarning;
import org.partnershipsteward.summit.entity.Summit;

/** The summits, past and planned, with the cadence warnings; the secretariat schedules new ones here. */
@Named
@ViewScoped
public class SummitListPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Summits summits;

    @Inject
    transient PartnershipConfig config;

    @Inject
    transient java.time.Clock clock;

    private String title;
    private LocalDateTime startsAt;
    private LocalDateTime endsAt;
    private String venue;
    private Integer capacity = 60;
    private LocalDateTime rsvpDeadline;
    private List<Summit> rows;

    public List<Summit> getRows() {
        if (rows == null) {
            rows = upcomingFirst(summits.find(null), clock.instant());
        }
        return rows;
    }

    /** Summits still ahead (or under way) first, soonest first; then past and cancelled ones, latest first. */
    static List<Summit> upcomingFirst(List<Summit> all, java.time.Instant now) {
        java.util.Comparator<Summit> byStart = java.util.Comparator.comparing(Summit::getStartsAt);
        List<Summit> ahead = all.stream().filter(s -> !s.isCancelled() && s.getEndsAt().isAfter(now)).sorted(byStart).toList();
        List<Summit> rest = all.stream().filter(s -> !ahead.contains(s)).sorted(byStart.reversed()).toList();
        return java.util.stream.Stream.concat(ahead.stream(), rest.stream()).toList();
    }

    public List<CadenceWarning> getWarnings() {
        return summits.warnings();
    }

    public String when(Summit summit) {
        return config.whenShort(summit.getStartsAt());
    }

    public void schedule() {
        if (startsAt == null || endsAt == null || rsvpDeadline == null) {
            Messages.error("Give the start, the end and the answer deadline.");
            return;
        }
        var zone = config.zone();
        var scheduled = Messages.attempt(() -> summits.schedule(new SummitRequest(title, startsAt.atZone(zone).toOffsetDateTime(),
                endsAt.atZone(zone).toOffsetDateTime(), venue, capacity, rsvpDeadline.atZone(zone).toOffsetDateTime())));
        if (scheduled != null) {
            Messages.info("Scheduled: " + scheduled.summit().getTitle());
            scheduled.warnings().forEach(w -> Messages.error("Cadence: " + w.message()));
            rows = null;
        }
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(LocalDateTime startsAt) {
        this.startsAt = startsAt;
    }

    public LocalDateTime getEndsAt() {
        return endsAt;
    }

    public void setEndsAt(LocalDateTime endsAt) {
        this.endsAt = endsAt;
    }

    public String getVenue() {
        return venue;
    }

    public void setVenue(String venue) {
        this.venue = venue;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public LocalDateTime getRsvpDeadline() {
        return rsvpDeadline;
    }

    public void setRsvpDeadline(LocalDateTime rsvpDeadline) {
        this.rsvpDeadline = rsvpDeadline;
    }
}
