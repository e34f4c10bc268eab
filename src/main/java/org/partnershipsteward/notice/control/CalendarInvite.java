package org.partnershipsteward.notice.control;

import java.net.URI;
import java.time.Clock;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.CuType;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Transp;
import net.fortuna.ical4j.model.property.Trigger;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableAction;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationResult;

/**
 * Builds iTIP (RFC 5546) calendar objects for a summit with ical4j: one VEVENT in the summit's
 * own time zone with its VTIMEZONE, the ORGANIZER, the one ATTENDEE it is sent to with their
 * PARTSTAT, a URL back to the summit and, for {@link ItipMethod#REQUEST}, a display alarm a day
 * before. {@link ItipMethod#CANCEL} keeps UID and SEQUENCE as given and says STATUS:CANCELLED.
 * The result is validated by ical4j (iTIP rules of the method included), uses CRLF line ends
 * and lines folded at 75 octets, ready for an iMIP (RFC 6047) mail part. What is the same on every
 * call is validated and folded once and kept: the calendar's properties per method and a zone's
 * VTIMEZONE (ical4j's copy and serialisation of it were most of the cost); the VEVENT is built and
 * validated on every call. Instances hold nothing but the clock and are safe to share between threads.
 */
public final class CalendarInvite {

    /** PRODID of every calendar object the partnership sends. */
    public static final String PRODUCT_ID = "-//Partnership Steward//Notices 1.0//EN";

    private static final int MAX_LINE_OCTETS = 75;

    /** ical4j's time zone definitions; its registry is safe to share between threads. */
    private static final TimeZoneRegistry TIME_ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

    /** Zone id to its VTIMEZONE, validated and folded (see {@link #vTimeZone}). */
    private static final ConcurrentMap<String, String> V_TIME_ZONES = new ConcurrentHashMap<>();

    private static final Map<ItipMethod, Envelope> ENVELOPES = envelopes();

    private final Clock clock;

    /** An invite builder stamping DTSTAMP with the system clock. */
    public CalendarInvite() {
        this(Clock.systemUTC());
    }

    /** An invite builder stamping DTSTAMP with {@code clock}. */
    public CalendarInvite(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A UID that stays the same for a summit for ever, e.g. {@code summit-42@partnership.example}. */
    public static String summitUid(Object summitId, String domain) {
        Objects.requireNonNull(summitId, "summitId");
        if (domain == null || domain.isBlank()) {
            throw new IllegalArgumentException("domain is required");
        }
        return "summit-" + summitId + "@" + domain;
    }

    /** The calendar object (VCALENDAR text) for one attendee. */
    public String build(SummitEvent event, SummitAttendee attendee, ItipMethod method) {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(attendee, "attendee");
        Objects.requireNonNull(method, "method");

        ZoneId zone = event.start().getZone();
        Temporal start;
        Temporal end;
        String vTimeZone;
        if (zone instanceof ZoneOffset) {
            // no named zone to describe: write UTC times, which need no VTIMEZONE
            start = event.start().toInstant();
            end = event.end().toInstant();
            vTimeZone = "";
        } else {
            vTimeZone = vTimeZone(zone.getId());
            start = event.start();
            end = event.end().withZoneSameInstant(zone);
        }
        VEvent vevent = vevent(event, attendee, method, start, end);

        // the envelope and the VTIMEZONE were validated once; ical4j validates each component on its
        // own (it does not look up a TZID), so this checks what a whole-calendar validation would
        Envelope envelope = ENVELOPES.get(method);
        ValidationResult validation = vevent.validate(envelope.method());
        if (validation.hasErrors()) {
            throw new IllegalStateException("invalid iTIP " + method + ": " + validation);
        }
        // as Calendar.toString() writes it: properties, then VTIMEZONE, then VEVENT
        return envelope.head() + vTimeZone + fold(vevent + "END:VCALENDAR\r\n");
    }

    /** The calendar's properties for one iTIP method: its ical4j METHOD and its folded first lines. */
    private record Envelope(Method method, String head) {
    }

    /**
     * The envelope of each method, validated once (the calendar's own rules with its iTIP rules:
     * PRODID, VERSION, METHOD, exactly one VEVENT); the VEVENT itself is validated on every call.
     */
    private static Map<ItipMethod, Envelope> envelopes() {
        Map<ItipMethod, Envelope> envelopes = new EnumMap<>(ItipMethod.class);
        for (ItipMethod itip : ItipMethod.values()) {
            Method method = itip == ItipMethod.REQUEST ? ImmutableMethod.REQUEST : ImmutableMethod.CANCEL;
            Calendar calendar = new Calendar()
                    .add(new ProdId(PRODUCT_ID))
                    .add(ImmutableVersion.VERSION_2_0)
                    .add(method);
            // stands for the VEVENT of each call: only its presence counts for the calendar's rules
            calendar.add(new VEvent(false));
            ValidationResult validation = calendar.validate(false);
            for (Property property : calendar.getProperties()) {
                validation = validation.merge(property.validate());
            }
            if (validation.hasErrors()) {
                throw new IllegalStateException("invalid iTIP " + itip + " calendar: " + validation);
            }
            envelopes.put(itip, new Envelope(method, fold("BEGIN:VCALENDAR\r\n" + calendar.getPropertyList())));
        }
        return Collections.unmodifiableMap(envelopes);
    }

    /**
     * The VTIMEZONE of {@code zoneId}, validated (iTIP rules included) and folded once per zone and
     * kept: ical4j loads a zone's definition once per JVM anyway, so it does not change while running.
     */
    private static String vTimeZone(String zoneId) {
        return V_TIME_ZONES.computeIfAbsent(zoneId, id -> {
            TimeZone timeZone = TIME_ZONES.getTimeZone(id);
            if (timeZone == null) {
                throw new IllegalArgumentException("no time zone definition for " + id);
            }
            VTimeZone vTimeZone = timeZone.getVTimeZone();
            for (Envelope envelope : ENVELOPES.values()) {
                ValidationResult validation = vTimeZone.validate(envelope.method());
                if (validation.hasErrors()) {
                    throw new IllegalStateException("invalid VTIMEZONE " + id + " for iTIP "
                            + envelope.method().getValue() + ": " + validation);
                }
            }
            return fold(vTimeZone.toString());
        });
    }

    /**
     * Folds content lines at 75 octets of UTF-8 as RFC 5545 3.1 asks, never inside a character
     * (ical4j's own folding counts characters, so a line with "Zoë" could exceed the limit).
     */
    static String fold(String unfolded) {
        StringBuilder out = new StringBuilder(unfolded.length() + unfolded.length() / 64 * 3);
        for (String line : unfolded.split("\r\n")) {
            int octets = 0;
            for (int i = 0; i < line.length(); ) {
                int codePoint = line.codePointAt(i);
                int size = utf8Length(codePoint);
                if (octets + size > MAX_LINE_OCTETS) {
                    out.append("\r\n ");
                    octets = 1;
                }
                out.appendCodePoint(codePoint);
                octets += size;
                i += Character.charCount(codePoint);
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    private static int utf8Length(int codePoint) {
        return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
    }

    /** The VEVENT of one call, for the attendee; package-private so the tests can build the old way around it. */
    VEvent vevent(SummitEvent event, SummitAttendee attendee, ItipMethod method, Temporal start, Temporal end) {
        VEvent vevent = new VEvent(start, end, event.title());
        vevent.replace(new DtStamp(clock.instant()));
        vevent.add(new Uid(event.uid()));
        vevent.add(new Sequence(event.sequence()));
        vevent.add(method == ItipMethod.REQUEST
                ? ImmutableStatus.VEVENT_CONFIRMED : ImmutableStatus.VEVENT_CANCELLED);
        vevent.add(new Transp(Transp.VALUE_OPAQUE));
        if (hasText(event.description())) {
            vevent.add(new Description(event.description()));
        }
        if (hasText(event.location())) {
            vevent.add(new Location(event.location()));
        }
        if (hasText(event.url())) {
            vevent.add(new Url(URI.create(event.url())));
        }
        vevent.add(new Organizer(
                new ParameterList(List.of(new Cn(paramText(event.organizerName())))),
                mailto(event.organizerEmail())));
        vevent.add(new Attendee(new ParameterList(List.of(
                new Cn(paramText(attendee.name())),
                CuType.INDIVIDUAL,
                Role.REQ_PARTICIPANT,
                new PartStat(attendee.status().icalValue()))),
                mailto(attendee.email())));
        if (method == ItipMethod.REQUEST) {
            // RFC 5546 allows VALARM in REQUEST only; a CANCEL carries none
            VAlarm alarm = new VAlarm(Period.ofDays(-1));
            alarm.add(ImmutableAction.DISPLAY);
            alarm.add(new Description("Tomorrow: " + event.title()));
            vevent.add(alarm);
        }
        return vevent;
    }

    private static URI mailto(String email) {
        return URI.create("mailto:" + email.strip());
    }

    /** A parameter value may not contain DQUOTE or control characters (RFC 5545 3.1). */
    private static String paramText(String value) {
        String text = value == null || value.isBlank() ? "" : value.strip();
        return text.replace('"', '\'').replaceAll("\\p{Cntrl}", " ");
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
