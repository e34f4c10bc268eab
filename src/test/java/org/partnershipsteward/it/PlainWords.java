package org.partnershipsteward.it;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Issue 19, "labels instead of codes on every page and mail": the codes a person must never be shown (every constant
 * of the application's enums: statuses, kinds, criteria, sectors, sharing labels...), and a search for them in what
 * a page or a mail shows. The pages' walk ({@link AccessibilityIT}) and every mail a test reads ({@link Mailbox})
 * check with it.
 */
final class PlainWords {

    /** A word in capitals, alone: not part of a longer word, a {@code KEY:VALUE} or {@code KEY=VALUE} pair. */
    private static final Pattern WORD = Pattern.compile("(?<![A-Za-z0-9_:=-])[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*(?![A-Za-z0-9_:=-])");

    /** Constants that are also the words people write in capitals: "RSVP by 1 May", "the API". */
    private static final Set<String> WORDS_PEOPLE_USE = Set.of("API", "RSVP");

    private static Set<String> codes;

    private PlainWords() {
    }

    /**
     * Every constant of the application's enums, read from the compiled classes, but those of one or two letters
     * (too many initials and ordinary words) and the acronyms people write in capitals ({@link #WORDS_PEOPLE_USE}).
     */
    static synchronized Set<String> codes() {
        if (codes == null) {
            Path classes = Path.of("target", "classes");
            Set<String> found = new TreeSet<>();
            try (Stream<Path> files = Files.walk(classes)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                    String name = classes.relativize(file).toString().replace(File.separatorChar, '.')
                            .replaceAll("\\.class$", "");
                    Class<?> type;
                    try {
                        type = Class.forName(name, false, PlainWords.class.getClassLoader());
                    } catch (ClassNotFoundException | LinkageError e) {
                        continue;
                    }
                    if (type.isEnum()) {
                        for (Object constant : type.getEnumConstants()) {
                            String code = ((Enum<?>) constant).name();
                            if (code.length() > 2 && !WORDS_PEOPLE_USE.contains(code)) {
                                found.add(code);
                            }
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (!found.containsAll(Set.of("SECURITY_PRACTITIONER", "PRIVATE", "PUBLISHED"))) {
                throw new IllegalStateException("the application's enum constants were not found under " + classes
                        + ": " + found);
            }
            codes = Set.copyOf(found);
        }
        return codes;
    }

    /** The codes that stand as words in a text a person reads. */
    static List<String> rawCodes(String text) {
        Set<String> known = codes();
        return WORD.matcher(text).results().map(MatchResult::group).filter(known::contains).distinct().toList();
    }

    /** What a mail shows its reader: the subject and its text and HTML parts (tags removed), not headers or calendar. */
    static String readable(Part mail) {
        StringBuilder text = new StringBuilder();
        try {
            if (mail instanceof jakarta.mail.Message message) {
                text.append(message.getSubject()).append('\n');
            }
            collect(mail, text);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
        return text.toString();
    }

    private static void collect(Part part, StringBuilder text) throws MessagingException, IOException {
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                collect(child, text);
            }
        } else if (part.isMimeType("text/plain")) {
            text.append(part.getContent()).append('\n');
        } else if (part.isMimeType("text/html")) {
            text.append(String.valueOf(part.getContent()).replaceAll("<[^>]*>", " ")).append('\n');
        }
    }
}
