package org.partnershipsteward.notice.control;

import java.util.Objects;

/**
 * A notice rendered for one recipient: a one-line subject, a plain-text body and an HTML body
 * carrying the same content. This is what the outbox stores and what {@link MimeComposer} sends.
 */
public record RenderedNotice(String subject, String text, String html) {

    public RenderedNotice {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(html, "html");
        if (subject.indexOf('\r') >= 0 || subject.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("subject must be a single line");
        }
    }
}
