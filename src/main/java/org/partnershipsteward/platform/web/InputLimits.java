package org.partnershipsteward.platform.web;

import java.util.Map;
import java.util.Optional;

/**
 * How much a caller who has not signed in may send (issue 15): the body's length, the number of form parameters and
 * of their values, and the length of each name and value. Pure: the request's figures in, the first problem out, in
 * words fit for the caller. {@link PublicInputLimits} applies it to every no-login path before anything reads the
 * request.
 * <p>
 * The largest legitimate no-login request is a survey answered by link: at most {@code SurveyForm.MAX_QUESTIONS} (20)
 * answers, free texts of at most {@code SurveyForm.MAX_TEXT} (2,000) characters; 2,000 characters of CJK text are
 * 18,000 bytes URL-encoded, so 20 of them fit in {@link #MAX_BODY_BYTES} with room to spare.
 * <p>
 * These are a backstop against absurd sizes, not the forms' rules: a value up to {@link #MAX_VALUE_LENGTH} characters
 * still reaches the form's own validation, which answers with a message next to the field.
 */
public final class InputLimits {

    public static final long MAX_BODY_BYTES = 512 * 1024;
    public static final int MAX_PARAMETERS = 100;
    public static final int MAX_VALUES = 500;
    public static final int MAX_NAME_LENGTH = 100;
    public static final int MAX_VALUE_LENGTH = 32_768;

    private InputLimits() {
    }

    /**
     * What is wrong with the body's size: a declared length over the limit, or a body sent in chunks without a
     * declared length (a browser, a mail client and the API's clients always declare it).
     *
     * @param contentLength the declared length, -1 when none was declared
     * @param transferEncoding the {@code Transfer-Encoding} header, null when absent
     */
    public static Optional<String> bodyProblem(long contentLength, String transferEncoding) {
        if (contentLength > MAX_BODY_BYTES) {
            return Optional.of("The request body is too large (at most " + MAX_BODY_BYTES / 1024 + " KiB)");
        }
        if (contentLength < 0 && transferEncoding != null && !transferEncoding.isBlank()) {
            return Optional.of("Send the request body with its Content-Length");
        }
        return Optional.empty();
    }

    /** What is wrong with the form (or query) parameters: too many, or a name or value too long. */
    public static Optional<String> parameterProblem(Map<String, String[]> parameters) {
        if (parameters.size() > MAX_PARAMETERS) {
            return Optional.of("Too many parameters (at most " + MAX_PARAMETERS + ")");
        }
        int values = 0;
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            if (parameter.getKey().length() > MAX_NAME_LENGTH) {
                return Optional.of("A parameter name is too long (at most " + MAX_NAME_LENGTH + " characters)");
            }
            String[] given = parameter.getValue() == null ? new String[0] : parameter.getValue();
            values += given.length;
            if (values > MAX_VALUES) {
                return Optional.of("Too many values (at most " + MAX_VALUES + ")");
            }
            for (String value : given) {
                if (value != null && value.length() > MAX_VALUE_LENGTH) {
                    return Optional.of("A value is too long (at most " + MAX_VALUE_LENGTH + " characters)");
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a failure is the application refusing what the caller asked (an exception of {@code platform.domain}
     * somewhere in the chain: 400, 404, 409, 422), as opposed to something going wrong.
     */
    public static boolean isRefusal(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth++ < 20; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getClass().getName().startsWith("org.partnershipsteward.platform.domain.")) {
                return true;
            }
        }
        return false;
    }

    /**
     * An exception as the log may show it: the chain of exception types, and where the innermost one was thrown in
     * the application. No message: messages may carry what the caller sent (a token, an email address).
     */
    public static String describe(Throwable failure) {
        StringBuilder chain = new StringBuilder();
        Throwable root = failure;
        int depth = 0;
        for (Throwable t = failure; t != null && depth++ < 20; t = t.getCause() == t ? null : t.getCause()) {
            chain.append(chain.isEmpty() ? "" : ", caused by ").append(t.getClass().getSimpleName());
            root = t;
        }
        for (StackTraceElement frame : root.getStackTrace()) {
            if (frame.getClassName().startsWith("org.partnershipsteward.")) {
                chain.append(" at ").append(frame);
                break;
            }
        }
        return chain.toString();
    }
}
