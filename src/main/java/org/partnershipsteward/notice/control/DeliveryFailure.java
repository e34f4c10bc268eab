package org.partnershipsteward.notice.control;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import java.lang.reflect.Method;
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
