package org.partnershipsteward.notice.control;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import java.lang.reflect.Method;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads why the mail server did not take a notice. A <em>bounce</em> is a recipient the server refused
 * for good: the send failed with the recipient among the invalid addresses and a permanent (5xx) SMTP
 * reply. Such a notice is not retried, and the address is flagged for the secretariat. Everything else
 * (server down, 4xx "try later") is retried with the back-off.
 */
public final class DeliveryFailure {

    private static final Pattern LEADING_CODE = Pattern.compile("^\\s*([2-5]\\d\\d)[\\s-]");

    private DeliveryFailure() {
    }

    /**
     * The failure in one plain sentence for the secretariat's notice log, before the mail library's own words: what
     * happened, and where a fix usually lies. Read from the exception types and the server's reply code only (never
     * the mail's content).
     */
    public static String inWords(Throwable failure) {
        for (Throwable t = failure; t != null; t = next(t)) {
            String type = t.getClass().getSimpleName();
            if (type.equals("AuthenticationFailedException")) {
                return "The mail server refused the relay's sign-in: check the mail user and password "
                        + "(docs/configuration.md).";
            }
            if (t instanceof SocketTimeoutException) {
                return "The mail server did not answer in time.";
            }
            if (t instanceof UnknownHostException) {
                return "The mail server's name is not known here: check the mail host (docs/configuration.md).";
            }
            if (type.equals("MailConnectException") || t instanceof ConnectException) {
                return "The mail server could not be reached: check that it runs, and the mail host and port "
                        + "(docs/configuration.md).";
            }
        }
        OptionalInt code = replyCode(failure);
        if (code.isPresent() && code.getAsInt() >= 500) {
            return "The mail server refused this mail (reply " + code.getAsInt() + ").";
        }
        if (code.isPresent() && code.getAsInt() >= 400) {
            return "The mail server asked us to try again later (reply " + code.getAsInt() + ").";
        }
        return "The mail could not be sent.";
    }

    /** Whether the failure says that this recipient's address is refused for good. */
    public static boolean bounced(Throwable failure, String recipient) {
        for (Throwable t = failure; t != null; t = next(t)) {
            if (t instanceof SendFailedException sent && names(sent, recipient)) {
                OptionalInt code = replyCode(sent);
                return code.isPresent() && code.getAsInt() >= 500;
            }
        }
        return false;
    }

    /** The first SMTP reply code found in the failure's chain: a {@code getReturnCode()} or a message starting with one. */
    public static OptionalInt replyCode(Throwable failure) {
        for (Throwable t = failure; t != null; t = next(t)) {
            try {
                Method method = t.getClass().getMethod("getReturnCode");
                if (method.getReturnType() == int.class) {
                    int code = (int) method.invoke(t);
                    if (code >= 200) {
                        return OptionalInt.of(code);
                    }
                }
            } catch (ReflectiveOperationException | RuntimeException ignored) {
                // not an SMTP exception of the mail implementation: look at the message
            }
            Matcher m = LEADING_CODE.matcher(t.getMessage() == null ? "" : t.getMessage());
            if (m.find()) {
                return OptionalInt.of(Integer.parseInt(m.group(1)));
            }
        }
        return OptionalInt.empty();
    }

    private static boolean names(SendFailedException e, String recipient) {
        var invalid = e.getInvalidAddresses();
        if (invalid == null) {
            return false;
        }
        for (var address : invalid) {
            String text = address instanceof jakarta.mail.internet.InternetAddress ia ? ia.getAddress() : address.toString();
            if (text.equalsIgnoreCase(recipient)) {
                return true;
            }
        }
        return false;
    }

    private static Throwable next(Throwable t) {
        if (t instanceof MessagingException m && m.getNextException() != null && m.getNextException() != t) {
            return m.getNextException();
        }
        return t.getCause() == t ? null : t.getCause();
    }
}
