/**
 * Building notices without a container: {@link org.partnershipsteward.notice.control.TemplateRenderer}
 * (Mustache templates to subject, text and HTML), {@link org.partnershipsteward.notice.control.CalendarInvite}
 * (iTIP REQUEST/CANCEL with ical4j) and {@link org.partnershipsteward.notice.control.MimeComposer}
 * (multipart mail with a stable Message-ID). Depends on {@code notice.entity}, Jakarta Mail,
 * ical4j and JMustache only.
 */
package org.partnershipsteward.notice.control;
