package org.partnershipsteward.summit.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.util.Optional;
import org.partnershipsteward.membership.boundary.CurrentMember;
import org.partnershipsteward.membership.entity.Member;
import org.partnershipsteward.notice.control.CalendarAttachment;
import org.partnershipsteward.notice.control.CalendarInvite;
import org.partnershipsteward.notice.control.ItipMethod;
import org.partnershipsteward.notice.control.ParticipationStatus;
import org.partnershipsteward.notice.control.SummitAttendee;
import org.partnershipsteward.notice.control.SummitEvent;
import org.partnershipsteward.platform.config.PartnershipConfig;
import org.partnershipsteward.platform.security.Caller;
import org.partnershipsteward.summit.control.SharingPolicy;
import org.partnershipsteward.summit.entity.AgendaStatus;
import org.partnershipsteward.summit.entity.Rsvp;
import org.partnershipsteward.summit.entity.Summit;

/**
 * The calendar entry of a summit (iTIP/iMIP): one UID per summit for its whole life, the SEQUENCE that
 * grows with each change, REQUEST while it takes place and CANCEL once cancelled.
 */
@Dependent
public class SummitCalendar {

    /** Holds nothing but the system clock, so one serves every call and thread. */
    private static final CalendarInvite INVITE = new CalendarInvite();

    @Inject
    CurrentMember currentMember;

    @Inject
    Caller caller;

    @Inject
    PartnershipConfig config;


    @PersistenceContext
    EntityManager em;

    @Inject
    SharedAgenda sharedAgenda;

    public CalendarAttachment invite(Summit summit, Member attendee, ParticipationStatus status) {
        String host = Optional.ofNullable(URI.create(config.baseUrl()).getHost()).orElse("localhost");
        String from = config.mailFrom();
        String page = config.baseUrl() + "/summits/view.xhtml?id=" + summit.getId();
        SummitEvent event = new SummitEvent(CalendarInvite.summitUid(summit.getId(), host), summit.getIcsSequence(),
                summit.getTitle(), description(summit, page), summit.getStartsAt().atZone(config.zone()),
                summit.getEndsAt().atZone(config.zone()), summit.getVenue(), page, config.name(),
                from.contains("<") ? from.substring(from.indexOf('<') + 1, from.indexOf('>')) : from);
        ItipMethod method = summit.isCancelled() ? ItipMethod.CANCEL : ItipMethod.REQUEST;
        String ics = INVITE.build(event, new SummitAttendee(attendee.fullName(), attendee.getEmail(), status), method);
        return new CalendarAttachment(ics, method);
    }

    /**
     * The entry's DESCRIPTION: the published agenda as {@link SharingPolicy} allows a calendar (calendars are shared
     * with delegates, so TLP:RED and TLP:AMBER+STRICT items are only "a restricted item" here), and where to read it all.
     */
    String description(Summit summit, String page) {
        StringBuilder text = new StringBuilder(config.name()).append(" summit");
        if (summit.getAgendaStatus() != AgendaStatus.PUBLISHED) {
            return text.toString();
        }
        sharedAgenda.of(summit, SharingPolicy.Audience.CALENDAR).ifPresent(agenda -> {
            text.append("\n\nAgenda:\n").append(agenda.lines());
            if (agenda.restricted()) {
                text.append("\n\nA restricted item is on the agenda: its title, presenter and details are only in the portal, ")
                        .append("signed in: ").append(page);
            }
        });
        return text.toString();
    }

    /** The partnership-wide calendar status of a member's answer. */
    public static ParticipationStatus partstat(Rsvp rsvp) {
        if (rsvp == null) {
            return ParticipationStatus.NEEDS_ACTION;
        }
        return switch (rsvp.getStatus()) {
            case CONFIRMED -> ParticipationStatus.ACCEPTED;
            case DECLINED -> ParticipationStatus.DECLINED;
            case TENTATIVE, WAITLISTED -> ParticipationStatus.TENTATIVE;
        };
    }

    /** The .ics for the signed-in caller (as attendee when they are a member). */
    public String forCaller(Summit summit) {
        Member member = currentMember.find().orElseGet(() -> new Member("Partnership", "Secretariat",
                caller.email().orElseThrow(), "Secretariat", 0L, null, null, null));
        Rsvp rsvp = member.getId() == null ? null : em.createQuery("SELECT r FROM Rsvp r WHERE r.summitId = :s AND r.memberId = :m",
                Rsvp.class).setParameter("s", summit.getId()).setParameter("m", member.getId()).getResultStream().findFirst().orElse(null);
        return invite(summit, member, partstat(rsvp)).ics();
    }
}
