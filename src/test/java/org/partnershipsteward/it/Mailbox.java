package org.partnershipsteward.it;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The SMTP server the deployed app sends to (GreenMail in the test JVM), with helpers to wait for mail. */
public final class Mailbox {

    private Mailbox() {
    }

    public static GreenMailExtension server() {
        return new GreenMailExtension(new ServerSetup(port(), "127.0.0.1", "smtp"));
    }

    private static int port;

    /**
     * The SMTP port the shared server sends to and each class's GreenMail listens on: {@code it.mail.port}, or when
     * that is 0 (the default) a free port chosen once per test run, so that two runs on one machine never meet.
     */
    public static synchronized int port() {
        if (port == 0) {
            int configured = Integer.getInteger("it.mail.port", 0);
            try {
                port = configured != 0 ? configured : Server.freePort();
            } catch (java.io.IOException e) {
                throw new IllegalStateException("no free port for the test SMTP server", e);
            }
        }
        return port;
    }

    /**
     * A point in the mailbox's history: the mails received so far, by Message-ID and recipient. Not by count:
     * GreenMail answers its received mails grouped by mailbox, not in arrival order, so a new mail to one
     * recipient can appear before older mails to another.
     */
    public record Mark(java.util.Set<String> seen) {

        public int received() {
            return seen.size();
        }
    }

    /** Marks now: a wait from this mark sees only mails received afterwards. */
    public static Mark mark(GreenMailExtension mail) {
        return new Mark(Arrays.stream(mail.getReceivedMessages()).map(Mailbox::key)
                .collect(java.util.stream.Collectors.toUnmodifiableSet()));
    }

    private static String key(MimeMessage message) {
        try {
            String id = message.getMessageID();
            return (id == null ? "identity:" + System.identityHashCode(message) : id) + " to " + to(message);
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Waits up to 90 s for a mail to the recipient whose subject contains the text. Any mail of the whole
     * run matches: use it only with a subject or recipient that is unique to the test (a generated title
     * or address); otherwise mark the mailbox first and use {@link #await(GreenMailExtension, Mark, String, String)}.
     */
    public static MimeMessage await(GreenMailExtension mail, String recipient, String subjectPart) {
        return await(mail, new Mark(java.util.Set.of()), recipient, subjectPart);
    }

    /** Waits up to 90 s for a mail received after the mark, to the recipient, whose subject contains the text. */
    public static MimeMessage await(GreenMailExtension mail, Mark since, String recipient, String subjectPart) {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            Optional<MimeMessage> found = find(mail, since, recipient, subjectPart).stream().findFirst();
            if (found.isPresent()) {
                return inPlainWords(found.get());
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("No mail to " + recipient + " about '" + subjectPart + "' within 90 s"
                + (since.received() > 0 ? " after the first " + since.received() + " mails" : ""));
    }

    /**
     * Every mail a test waits for is also checked for codes shown instead of words (issue 19): a mail that shows
     * {@code SECURITY_PRACTITIONER} or {@code PUBLISHED} to its reader fails the test that waited for it.
     */
    private static MimeMessage inPlainWords(MimeMessage mail) {
        List<String> codes = PlainWords.rawCodes(PlainWords.readable(mail));
        if (!codes.isEmpty()) {
            throw new AssertionError("The mail '" + subject(mail) + "' to " + to(mail) + " shows codes instead of words: "
                    + codes + "\n" + PlainWords.readable(mail));
        }
        return mail;
    }

    public static List<MimeMessage> find(GreenMailExtension mail, String recipient, String subjectPart) {
        return find(mail, new Mark(java.util.Set.of()), recipient, subjectPart);
    }

    /** The mails received after the mark to the recipient whose subject contains the text. */
    public static List<MimeMessage> find(GreenMailExtension mail, Mark since, String recipient, String subjectPart) {
        return Arrays.stream(mail.getReceivedMessages()).filter(m -> to(m).equalsIgnoreCase(recipient)
                && subject(m).contains(subjectPart) && !since.seen().contains(key(m))).toList();
    }

    public static String raw(MimeMessage message) {
        return GreenMailUtil.getWholeMessage(message);
    }

    /** The whole mail with quoted-printable soft line breaks undone, to search for text. */
    public static String body(MimeMessage message) {
        return raw(message).replace("=\r\n", "").replace("=\n", "").replace("=3D", "=");
    }

    /** The first link in the mail that starts with the prefix (quoted-printable soft breaks undone). */
    public static String link(MimeMessage message, String prefix) {
        String body = body(message);
        Matcher m = Pattern.compile(Pattern.quote(prefix) + "[A-Za-z0-9_=?&./-]+").matcher(body);
        if (!m.find()) {
            throw new AssertionError("No link starting with " + prefix + " in\n" + body);
        }
        return m.group();
    }

    static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String to(MimeMessage m) {
        try {
            return ((InternetAddress) m.getAllRecipients()[0]).getAddress();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
