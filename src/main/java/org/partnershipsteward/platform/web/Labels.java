package org.partnershipsteward.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Pattern;
import org.partnershipsteward.platform.config.PartnershipConfig;

/**
 * The one place where codes become words: pages write {@code #{labels.of(value)}}, Java code (page beans,
 * mails) {@link #label(Object)}. The words are in {@code labels.properties} beside this class, keyed
 * {@code EnumName.CONSTANT} (or the bare constant for a code held as a string); a code that has no entry is
 * spelled out ({@code AT_RISK} becomes "At risk"), so no page shows a raw code.
 */
@Named("labels")
@ApplicationScoped
public class Labels {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("org.partnershipsteward.platform.web.labels",
            Locale.ROOT);
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");
    /** A code standing alone in a sentence: not part of a longer word, a {@code TLP:RED} or a {@code key=VALUE}. */
    private static final Pattern WORD = Pattern.compile("(?<![A-Za-z0-9_:=-])[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+(?![A-Za-z0-9_:=-])"
            + "|(?<![A-Za-z0-9_:=-])[A-Z]{3,}(?![A-Za-z0-9_:=-])");

    @Inject
    PartnershipConfig config;

    /** The words for a code (an enum constant, or its name as a string); other text is returned as it is. */
    public String of(Object value) {
        return label(value);
    }

    /** A moment in the partnership's time zone, in words ({@code #{labels.when(summit.startsAt)}}); nothing for none. */
    public String when(Instant at) {
        return at == null ? "" : config.when(at);
    }

    /** The same, abbreviated, for a row in a list. */
    public String whenShort(Instant at) {
        return at == null ? "" : config.whenShort(at);
    }

    /** The words for a code as they stand inside a sentence ("the minutes are approved"): {@link #label}, lower case. */
    public static String inSentence(Object value) {
        return label(value).toLowerCase(Locale.ROOT);
    }

    /** As {@link #of(Object)}, for Java code. */
    public static String label(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Enum<?> e) {
            String specific = find(e.getDeclaringClass().getSimpleName() + "." + e.name());
            return specific != null ? specific : label(e.name());
        }
        String text = value.toString();
        if (!CODE.matcher(text).matches()) {
            return text;
        }
        String known = find(text);
        return known != null ? known : spelled(text);
    }

    /**
     * A sentence written by the system with codes in it (an audit entry's detail: "status UNDER_REVIEW -> ELIGIBLE"),
     * with each code that has words replaced by them; the rest of the text is left as it is.
     */
    public String inWords(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        return WORD.matcher(text).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(codeInWords(m.group())));
    }

    private static String codeInWords(String word) {
        String known = find(word);
        if (known != null) {
            return known;
        }
        return word.contains("_") ? spelled(word) : word;
    }

    private static String find(String key) {
        try {
            return BUNDLE.getString(key);
        } catch (MissingResourceException e) {
            return null;
        }
    }

    /** {@code SECURITY_PRACTITIONER} → "Security practitioner". */
    static String spelled(String code) {
        String words = code.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
