package org.partnershipsteward.notice.control;

import java.util.Objects;
import java.util.regex.Pattern;

/** A calendar object built by {@link CalendarInvite} and the iTIP method it was built with. */
public record CalendarAttachment(String ics, ItipMethod method) {

    public CalendarAttachment {
        Objects.requireNonNull(method, "method");
        if (ics == null || !ics.startsWith("BEGIN:VCALENDAR")) {
            throw new IllegalArgumentException("not an iCalendar object");
        }
        if (!Pattern.compile("(?m)^METHOD:" + method.name() + "\r?$").matcher(ics).find()) {
            throw new IllegalArgumentException("the calendar object's METHOD is not " + method);
        }
    }
}
