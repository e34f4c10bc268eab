package org.partnershipsteward.notice.control;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Trigger;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CalendarInviteTest {

    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
    private static final Instant NOW = Instant.parse("2026-04-01T12:00:00Z");
    private static final String UID = CalendarInvite.summitUid(42, "steward.example.org");

    private final CalendarInvite invite = new CalendarInvite(Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void requestNamesMethodUidSequenceOrganizerAttendeeUrlAndStatus() throws Exception {
        Calendar calendar = parse(invite.build(summit(3, at(2026, 5, 14, 9)),
                attendee(ParticipationStatus.ACCEPTED), ItipMethod.REQUEST));
        VEvent event = onlyEvent(calendar);

        assertAll(
                () -> assertEquals("REQUEST", value(calendar.getProperty(Property.METHOD))),
                () -> assertEquals(CalendarInvite.PRODUCT_ID, value(calendar.getProperty(Property.PRODID))),
                () -> assertEquals(UID, value(event.getProperty(Property.UID))),
                () -> assertEquals("3", value(event.getProperty(Property.SEQUENCE))),
                () -> assertEquals("CONFIRMED", value(event.getProperty(Property.STATUS))),
                () -> assertEquals("Spring Summit", value(event.getProperty(Property.SUMMARY))),
                () -> assertEquals("https://steward.example.org/summits/42", value(event.getProperty(Property.URL))),
                () -> assertEquals("mailto:partnership@steward.example.org",
                        value(event.getProperty(Property.ORGANIZER))),
                () -> assertEquals("Twin Cities Security Partnership",
                        param(event.getProperty(Property.ORGANIZER), Parameter.CN)),
                () -> assertEquals("mailto:zoe@acme.example", value(event.getProperty(Property.ATTENDEE))),
                () -> assertEquals("Zoë Ångström", param(event.getProperty(Property.ATTENDEE), Parameter.CN)),
                () -> assertEquals("ACCEPTED", param(event.getProperty(Property.ATTENDEE), Parameter.PARTSTAT)),
                () -> assertEquals("20260401T120000Z", value(event.getProperty(Property.DTSTAMP))));
    }

    @Test
    void requestPassesIcal4jITipValidationForItsMethod() throws Exception {
        Calendar calendar = parse(invite.build(summit(1, at(2026, 5, 14, 9)),
                attendee(ParticipationStatus.NEEDS_ACTION), ItipMethod.REQUEST));

        assertFalse(onlyEvent(calendar).validate(ImmutableMethod.REQUEST).hasErrors());
        assertFalse(calendar.validate().hasErrors());
    }

    @Test
    void startCarriesTheSummitsTzidAndTheCalendarDefinesThatZone() throws Exception {
        String ics = invite.build(summit(0, at(2026, 5, 14, 9)), attendee(ParticipationStatus.NEEDS_ACTION),
                ItipMethod.REQUEST);
        Calendar calendar = parse(ics);
        VEvent event = onlyEvent(calendar);
        List<VTimeZone> zones = calendar.getComponents("VTIMEZONE");

        assertTrue(ics.contains("DTSTART;TZID=America/Chicago:20260514T090000\r\n"), ics);
        assertEquals("America/Chicago", param(event.getProperty(Property.DTSTART), Parameter.TZID));
        assertEquals("America/Chicago", param(event.getProperty(Property.DTEND), Parameter.TZID));
        assertEquals(1, zones.size());
        assertEquals("America/Chicago", value(zones.get(0).getProperty(Property.TZID)));
    }

    @Test
    void requestRemindsADayAheadWithADisplayAlarm() throws Exception {
        VEvent event = onlyEvent(parse(invite.build(summit(0, at(2026, 5, 14, 9)),
                attendee(ParticipationStatus.NEEDS_ACTION), ItipMethod.REQUEST)));
        List<VAlarm> alarms = event.getComponents("VALARM");

        assertEquals(1, alarms.size());
        VAlarm alarm = alarms.get(0);
        assertEquals("DISPLAY", value(alarm.getProperty(Property.ACTION)));
        Trigger trigger = alarm.<Trigger>getProperty(Property.TRIGGER).orElseThrow();
        assertEquals("-P1D", trigger.getValue());
        assertTrue(value(alarm.getProperty(Property.DESCRIPTION)).contains("Spring Summit"));
    }

    @Test
    void summitOnTheDstChangeDayKeepsNineOClockLocalTime() throws Exception {
        // 2026-11-01: US daylight saving time ends at 02:00 in Chicago (CDT -05:00 -> CST -06:00)
        ZonedDateTime start = at(2026, 11, 1, 9);
        String ics = invite.build(summit(0, start), attendee(ParticipationStatus.ACCEPTED), ItipMethod.REQUEST);
        ZonedDateTime parsed = parsedStart(ics);

        assertTrue(ics.contains("DTSTART;TZID=America/Chicago:20261101T090000\r\n"), ics);
        assertEquals(LocalTime.of(9, 0), parsed.toLocalTime());
        assertEquals(ZoneOffset.ofHours(-6), parsed.getOffset());
        assertEquals(Instant.parse("2026-11-01T15:00:00Z"), parsed.toInstant());
    }

    @Test
    void summitOnTheSpringForwardDayKeepsNineOClockLocalTime() throws Exception {
        // 2026-03-08: daylight saving time starts in Chicago (CST -06:00 -> CDT -05:00)
        String ics = invite.build(summit(0, at(2026, 3, 8, 9)), attendee(ParticipationStatus.ACCEPTED),
                ItipMethod.REQUEST);
        ZonedDateTime parsed = parsedStart(ics);

        assertEquals(LocalTime.of(9, 0), parsed.toLocalTime());
        assertEquals(Instant.parse("2026-03-08T14:00:00Z"), parsed.toInstant());
    }

    @Test
    void endGivenInAnotherZoneIsWrittenInTheSummitsZone() throws Exception {
        ZonedDateTime start = at(2026, 5, 14, 9);
        SummitEvent event = new SummitEvent(UID, 0, "Spring Summit", null, start,
                start.plusHours(4).withZoneSameInstant(ZoneOffset.UTC), null, null,
                "Secretariat", "partnership@steward.example.org");

        String ics = invite.build(event, attendee(ParticipationStatus.ACCEPTED), ItipMethod.REQUEST);

        assertTrue(ics.contains("DTEND;TZID=America/Chicago:20260514T130000\r\n"), ics);
    }

    @Test
    void cancelKeepsUidAndSequenceSaysCancelledAndCarriesNoAlarm() throws Exception {
        Calendar calendar = parse(invite.build(summit(4, at(2026, 5, 14, 9)),
                attendee(ParticipationStatus.ACCEPTED), ItipMethod.CANCEL));
        VEvent event = onlyEvent(calendar);

        assertAll(
                () -> assertEquals("CANCEL", value(calendar.getProperty(Property.METHOD))),
                () -> assertEquals(UID, value(event.getProperty(Property.UID))),
                () -> assertEquals("4", value(event.getProperty(Property.SEQUENCE))),
                () -> assertEquals("CANCELLED", value(event.getProperty(Property.STATUS))),
                () -> assertTrue(event.getComponents("VALARM").isEmpty()),
                () -> assertFalse(calendar.getComponents("VTIMEZONE").isEmpty()),
                () -> assertFalse(event.validate(ImmutableMethod.CANCEL).hasErrors()));
    }

    @ParameterizedTest
    @EnumSource(ParticipationStatus.class)
    void attendeePartstatFollowsTheirResponse(ParticipationStatus status) throws Exception {
        VEvent event = onlyEvent(parse(invite.build(summit(0, at(2026, 5, 14, 9)), attendee(status),
                ItipMethod.REQUEST)));

        assertEquals(status.icalValue(), param(event.getProperty(Property.ATTENDEE), Parameter.PARTSTAT));
    }

    @Test
    void textWithCommasSemicolonsAndLineBreaksSurvivesTheRoundTrip() throws Exception {
        String description = "Agenda: threat briefing, lunch; tabletop exercise\nBring your badge.";
        String location = "Federal Reserve Bank; 90 Hennepin Ave, Minneapolis";
        ZonedDateTime start = at(2026, 5, 14, 9);
        SummitEvent summit = new SummitEvent(UID, 0, "Spring Summit", description, start, start.plusHours(4),
                location, "https://steward.example.org/summits/42", "Secretariat", "partnership@steward.example.org");

        VEvent event = onlyEvent(parse(invite.build(summit, attendee(ParticipationStatus.NEEDS_ACTION),
                ItipMethod.REQUEST)));

        assertEquals(description, value(event.getProperty(Property.DESCRIPTION)));
        assertEquals(location, value(event.getProperty(Property.LOCATION)));
    }

    @Test
    void longLinesAreFoldedAtSeventyFiveOctets() {
        ZonedDateTime start = at(2026, 5, 14, 9);
        SummitEvent summit = new SummitEvent(UID, 0, "Spring Summit", "x".repeat(300), start, start.plusHours(4),
                null, null, "Secretariat", "partnership@steward.example.org");

        String ics = invite.build(summit, attendee(ParticipationStatus.NEEDS_ACTION), ItipMethod.REQUEST);

        for (String line : ics.split("\r\n")) {
            assertTrue(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 75, line);
        }
    }

    @Test
    void foldingCountsOctetsNeverSplitsACharacterAndUnfoldsToTheOriginal() {
        String line = "DESCRIPTION:" + "Zoë Ångström 🛡 ".repeat(20);

        String folded = CalendarInvite.fold(line + "\r\n");

        for (String physical : folded.split("\r\n")) {
            assertTrue(physical.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 75, physical);
            assertFalse(physical.endsWith("\uD83D"), "a surrogate pair was split: " + physical);
        }
        assertEquals(line + "\r\n", folded.replace("\r\n ", ""));
    }

    @Test
    void aFixedOffsetStartIsWrittenInUtcWithoutVtimezone() throws Exception {
        ZonedDateTime start = ZonedDateTime.of(2026, 5, 14, 9, 0, 0, 0, ZoneOffset.ofHours(-5));
        SummitEvent summit = new SummitEvent(UID, 0, "Spring Summit", null, start, start.plusHours(2),
                null, null, "Secretariat", "partnership@steward.example.org");

        String ics = invite.build(summit, attendee(ParticipationStatus.NEEDS_ACTION), ItipMethod.REQUEST);

        assertTrue(ics.contains("DTSTART:20260514T140000Z\r\n"), ics);
        assertTrue(parse(ics).getComponents("VTIMEZONE").isEmpty());
    }

    @Test
    void summitUidDependsOnlyOnTheSummitAndTheDomain() {
        assertEquals("summit-42@steward.example.org", CalendarInvite.summitUid(42L, "steward.example.org"));
        assertEquals(CalendarInvite.summitUid(42, "a.example"), CalendarInvite.summitUid("42", "a.example"));
    }

    @Test
    void aSummitMustEndAfterItStarts() {
        ZonedDateTime start = at(2026, 5, 14, 9);
        assertThrows(IllegalArgumentException.class, () -> new SummitEvent(UID, 0, "Spring Summit", null,
                start, start, null, null, "Secretariat", "partnership@steward.example.org"));
        assertThrows(IllegalArgumentException.class, () -> new SummitEvent(UID, -1, "Spring Summit", null,
                start, start.plus(Duration.ofHours(1)), null, null, "Secretariat", "partnership@steward.example.org"));
    }

    @ParameterizedTest
    @EnumSource(ItipMethod.class)
    void outputInANamedZoneEqualsAWholeCalendarValidatedAndSerialisedByIcal4j(ItipMethod method) {
        SummitEvent summit = summit(7, at(2026, 11, 1, 9));
        SummitAttendee attendee = attendee(ParticipationStatus.TENTATIVE);

        String ics = invite.build(summit, attendee, method);

        assertEquals(WholeCalendar.build(summit, attendee, method, NOW), ics);
        // a second call, with the zone's VTIMEZONE kept, and another builder write the same
        assertEquals(ics, new CalendarInvite(Clock.fixed(NOW, ZoneOffset.UTC)).build(summit, attendee, method));
    }

    @ParameterizedTest
    @EnumSource(ItipMethod.class)
    void outputInUtcEqualsAWholeCalendarValidatedAndSerialisedByIcal4j(ItipMethod method) {
        ZonedDateTime start = ZonedDateTime.of(2026, 5, 14, 14, 0, 0, 0, ZoneOffset.UTC);
        SummitEvent summit = new SummitEvent(UID, 2, "Spring Summit", "x".repeat(200), start, start.plusHours(4),
                null, null, "Secretariat", "partnership@steward.example.org");
        SummitAttendee attendee = attendee(ParticipationStatus.DECLINED);

        assertEquals(WholeCalendar.build(summit, attendee, method, NOW), invite.build(summit, attendee, method));
    }

    @Test
    void outputInAnotherNamedZoneEqualsAWholeCalendarValidatedAndSerialisedByIcal4j() {
        ZonedDateTime start = ZonedDateTime.of(2026, 3, 29, 9, 0, 0, 0, ZoneId.of("Europe/Berlin"));
        SummitEvent summit = new SummitEvent(UID, 1, "Spring Summit", null, start, start.plusHours(2),
                null, null, "Secretariat", "partnership@steward.example.org");
        SummitAttendee attendee = attendee(ParticipationStatus.ACCEPTED);

        assertEquals(WholeCalendar.build(summit, attendee, ItipMethod.REQUEST, NOW),
                invite.build(summit, attendee, ItipMethod.REQUEST));
    }

    static SummitEvent summit(int sequence, ZonedDateTime start) {
        return new SummitEvent(UID, sequence, "Spring Summit", "Grid resilience and cyber threats", start,
                start.plusHours(4), "Federal Reserve Bank, Minneapolis", "https://steward.example.org/summits/42",
                "Twin Cities Security Partnership", "partnership@steward.example.org");
    }

    static SummitAttendee attendee(ParticipationStatus status) {
        return new SummitAttendee("Zoë Ångström", "zoe@acme.example", status);
    }

    static ZonedDateTime at(int year, int month, int day, int hour) {
        return ZonedDateTime.of(year, month, day, hour, 0, 0, 0, CHICAGO);
    }

    static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    private static ZonedDateTime parsedStart(String ics) throws Exception {
        DtStart<Temporal> start = onlyEvent(parse(ics)).<DtStart<Temporal>>getProperty(Property.DTSTART).orElseThrow();
        return ZonedDateTime.from(start.getDate());
    }

    private static VEvent onlyEvent(Calendar calendar) {
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertEquals(1, events.size());
        return events.get(0);
    }

    private static String value(java.util.Optional<? extends Property> property) {
        return property.orElseThrow(() -> new AssertionError("property missing")).getValue();
    }

    private static String param(java.util.Optional<? extends Property> property, String name) {
        return property.orElseThrow(() -> new AssertionError("property missing"))
                .getParameter(name).orElseThrow(() -> new AssertionError(name + " missing")).getValue();
    }

    /**
     * How {@link CalendarInvite} built every invite before it kept what does not change: the whole
     * calendar with a copy of the zone's VTIMEZONE, validated by ical4j, serialised and folded.
     */
    private static final class WholeCalendar {

        private static final TimeZoneRegistry TIME_ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

        static String build(SummitEvent event, SummitAttendee attendee, ItipMethod method, Instant now) {
            Calendar calendar = new Calendar()
                    .add(new ProdId(CalendarInvite.PRODUCT_ID))
                    .add(ImmutableVersion.VERSION_2_0)
                    .add(method == ItipMethod.REQUEST ? ImmutableMethod.REQUEST : ImmutableMethod.CANCEL);
            ZoneId zone = event.start().getZone();
            Temporal start;
            Temporal end;
            if (zone instanceof ZoneOffset) {
                start = event.start().toInstant();
                end = event.end().toInstant();
            } else {
                calendar.add(TIME_ZONES.getTimeZone(zone.getId()).getVTimeZone().copy());
                start = event.start();
                end = event.end().withZoneSameInstant(zone);
            }
            // the VEVENT is built as CalendarInvite builds it (its content is checked by the tests above); what is
            // compared is the rest: the whole calendar, the zone's VTIMEZONE, validation and serialisation
            calendar.add(new CalendarInvite(Clock.fixed(now, ZoneOffset.UTC)).vevent(event, attendee, method, start, end));

            ValidationResult validation = calendar.validate();
            assertFalse(validation.hasErrors(), validation::toString);
            return CalendarInvite.fold(calendar.toString());
        }
    }
}
