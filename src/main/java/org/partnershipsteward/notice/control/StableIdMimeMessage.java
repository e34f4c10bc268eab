package org.partnershipsteward.notice.control;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.util.Objects;

/**
 * A MIME message whose Message-ID is fixed: {@link #saveChanges()} (which {@code Transport.send}
 * calls) keeps it instead of generating a new one, so a retry after a crash sends the same mail
 * and receivers can drop the duplicate.
 */
public class StableIdMimeMessage extends MimeMessage {

    private final String messageId;

    /** An empty message that will carry {@code messageId}, e.g. {@code <notice-7@example.org>}. */
    public StableIdMimeMessage(Session session, String messageId) {
        super(session);
        this.messageId = MimeComposer.normalizedMessageId(messageId);
    }

    /** A stored message read back (e.g. from the outbox) that keeps the Message-ID it was stored with. */
    public StableIdMimeMessage(Session session, InputStream raw) throws MessagingException {
        super(session, raw);
        this.messageId = MimeComposer.normalizedMessageId(
                Objects.requireNonNull(getMessageID(), "stored message has no Message-ID"));
    }

    @Override
    protected void updateMessageID() throws MessagingException {
        setHeader("Message-ID", messageId);
    }
}
