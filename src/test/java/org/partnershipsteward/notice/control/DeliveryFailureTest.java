package org.partnershipsteward.notice.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Address;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;

/** Which failures of the mail server mark an address as bouncing, and which are only tried again. */
class DeliveryFailureTest {

    /** Shaped like the mail implementation's SMTPAddressFailedException: the server's reply code on a RCPT. */
    public static class AddressFailed extends MessagingException {
        private static final long serialVersionUID = 1L;
        private final int code;

        public AddressFailed(int code, String reply) {
            super(reply);
            this.code = code;
        }

        public int getReturnCode() {
            return code;
        }
    }

    private static SendFailedException refused(String address, MessagingException reason) throws Exception {
        return new SendFailedException("Invalid Addresses", reason, new Address[0], new Address[0],
                new Address[] {new InternetAddress(address)});
    }

    @Test
    void aPermanentRecipientRejectionIsABounce() throws Exception {
        var e = new MessagingException("sending failed", refused("gone@acme.example",
                new AddressFailed(550, "550 5.1.1 <gone@acme.example>: user unknown")));
        assertTrue(DeliveryFailure.bounced(e, "Gone@Acme.example"));
        assertEquals(550, DeliveryFailure.replyCode(e).getAsInt());
    }

    @Test
    void aReplyCodeIsAlsoReadFromTheServersMessage() throws Exception {
        var e = refused("gone@acme.example", new MessagingException("553 5.1.3 mailbox name not allowed"));
        assertTrue(DeliveryFailure.bounced(e, "gone@acme.example"));
    }

    @Test
    void aTemporaryRejectionIsRetriedNotABounce() throws Exception {
        var e = refused("busy@acme.example", new AddressFailed(450, "450 4.2.1 mailbox busy"));
        assertFalse(DeliveryFailure.bounced(e, "busy@acme.example"));
    }

    @Test
    void aRejectionOfAnotherAddressDoesNotFlagThisRecipient() throws Exception {
        var e = refused("other@acme.example", new AddressFailed(550, "550 user unknown"));
        assertFalse(DeliveryFailure.bounced(e, "me@acme.example"));
    }

    @Test
    void anUnreachableServerIsNotABounce() {
        var e = new MessagingException("Couldn't connect to host", new ConnectException("Connection refused"));
        assertFalse(DeliveryFailure.bounced(e, "me@acme.example"));
        assertTrue(DeliveryFailure.replyCode(e).isEmpty());
    }

    /** The notice log's first words say what happened in plain terms; the library's own words follow. */
    @Test
    void theNoticeLogSaysInPlainWordsWhatHappened() throws Exception {
        assertEquals("The mail server could not be reached: check that it runs, and the mail host and port "
                + "(docs/configuration.md).", DeliveryFailure.inWords(new MessagingException("Couldn't connect to host, "
                + "port: 127.0.0.1, 1; timeout -1", new ConnectException("Connection refused"))));
        assertEquals("The mail server did not answer in time.", DeliveryFailure.inWords(
                new MessagingException("Exception reading response", new SocketTimeoutException("Read timed out"))));
        assertEquals("The mail server's name is not known here: check the mail host (docs/configuration.md).", DeliveryFailure
                .inWords(new MessagingException("Unknown SMTP host", new UnknownHostException("smtp.invalid"))));
        assertEquals("The mail server refused this mail (reply 550).", DeliveryFailure.inWords(
                refused("gone@acme.example", new AddressFailed(550, "550 5.1.1 <gone@acme.example>: user unknown"))));
        assertEquals("The mail server asked us to try again later (reply 451).",
                DeliveryFailure.inWords(new MessagingException("451 4.3.0 try later")));
        assertEquals("The mail could not be sent.", DeliveryFailure.inWords(new MessagingException("something else")));
    }

    @Test
    void aRefusedSignInIsNamedAsSuchEvenWithAReplyCode() {
        assertEquals("The mail server refused the relay's sign-in: check the mail user and password "
                + "(docs/configuration.md).", DeliveryFailure.inWords(new AuthenticationFailedException("535 5.7.8 "
                + "Authentication failed")));
    }

    @Test
    void theLogShowsTheSentenceThenTheLibrarysWords() {
        String described = Relay.describe(
                new MessagingException("Couldn't connect to host", new ConnectException("Connection refused")));
        assertTrue(described.startsWith("The mail server could not be reached"), described);
        assertTrue(described.endsWith("MessagingException: Couldn't connect to host (ConnectException: Connection refused)"),
                described);
    }
}
