/**
 * Notices: the emails every workflow sends. Owns the notice kinds, the editable templates
 * ({@code templates/notice/} on the class path), iCalendar invites and MIME composition.
 * Plain Java over Jakarta Mail and ical4j; the outbox (storage, retry, sending after commit)
 * lives in the boundary and uses {@code control} to build what it stores and sends.
 */
package org.partnershipsteward.notice;
