package org.partnershipsteward.summit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A summit of the partnership: when and where, how many seats, until when members answer, and the state
 * of its agenda. Every change members' calendars must follow raises the iCalendar SEQUENCE.
 */
@Entity
@Table(name = "summit")
public class Summit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String title;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(nullable = false)
    private String venue;

    @Column(nullable = false)
    private int capacity;

    @Column(name = "rsvp_deadline", nullable = false)
    private Instant rsvpDeadline;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SummitStatus status;

    @Column(name = "cancel_reason")
    private String cancelReason;

    @Column(name = "ics_sequence", nullable = false)
    private int icsSequence;

    @Enumerated(EnumType.STRING)
    @Column(name = "agenda_status", nullable = false)
    private AgendaStatus agendaStatus;

    @Column(name = "agenda_round", nullable = false)
    private int agendaRound;

    @Column(name = "published_once", nullable = false)
    private boolean publishedOnce;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Summit() {
    }

    public Summit(String title, Instant startsAt, Instant endsAt, String venue, int capacity, Instant rsvpDeadline,
            Instant now) {
        this.status = SummitStatus.SCHEDULED;
        this.agendaStatus = AgendaStatus.DRAFT;
        this.createdAt = now;
        describe(title, startsAt, endsAt, venue, capacity, rsvpDeadline, false, now);
    }

    /**
     * Sets what the summit is; when attendees' calendars must follow ({@code calendarChanged}: the time, place or
     * title changed, see {@code SummitEdit}) the iCalendar SEQUENCE grows.
     */
    public void describe(String newTitle, Instant newStart, Instant newEnd, String newVenue, int newCapacity,
            Instant newDeadline, boolean calendarChanged, Instant now) {
        this.title = newTitle.trim();
        this.startsAt = newStart;
        this.endsAt = newEnd;
        this.venue = newVenue.trim();
        this.capacity = newCapacity;
        this.rsvpDeadline = newDeadline;
        this.updatedAt = now;
        if (calendarChanged) {
            icsSequence++;
        }
    }

    public void cancel(String reason, Instant now) {
        status = SummitStatus.CANCELLED;
        cancelReason = reason;
        icsSequence++;
        updatedAt = now;
    }

    public void agenda(AgendaStatus next, Instant now) {
        if (next == AgendaStatus.SUBMITTED && agendaStatus != AgendaStatus.SUBMITTED) {
            agendaRound++;
        }
        agendaStatus = next;
        updatedAt = now;
    }

    /** Marks the first publication (which invites); returns whether this was it. */
    public boolean firstPublication() {
        boolean first = !publishedOnce;
        publishedOnce = true;
        return first;
    }

    public boolean isCancelled() {
        return status == SummitStatus.CANCELLED;
    }

    public long minutes() {
        return java.time.Duration.between(startsAt, endsAt).toMinutes();
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public String getVenue() {
        return venue;
    }

    public int getCapacity() {
        return capacity;
    }

    public Instant getRsvpDeadline() {
        return rsvpDeadline;
    }

    public SummitStatus getStatus() {
        return status;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public int getIcsSequence() {
        return icsSequence;
    }

    public AgendaStatus getAgendaStatus() {
        return agendaStatus;
    }

    public int getAgendaRound() {
        return agendaRound;
    }

    public boolean isPublishedOnce() {
        return publishedOnce;
    }
}
