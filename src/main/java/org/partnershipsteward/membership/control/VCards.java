package org.partnershipsteward.membership.control;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Directory cards as vCard 4.0 (RFC 6350), written by hand because no vCard library is served to this build.
 * Only what the card holds is written, so a card that went through {@link PeerCard#shownAs} carries nothing the
 * member did not share. Text values are escaped (backslash, comma, semicolon, line breaks: RFC 6350 3.4),
 * lines end in CRLF and are folded at 75 octets without splitting a character (3.2).
 */
public final class VCards {

    /** The media type of a vCard 4.0 file. */
    public static final String MEDIA_TYPE = "text/vcard";

    private static final int MAX_OCTETS = 75;

    private VCards() {
    }

    /** One file holding every card, in order. */
    public static String of(List<PeerCard> cards) {
        StringBuilder out = new StringBuilder();
        cards.forEach(c -> out.append(of(c)));
        return out.toString();
    }

    /** One card. */
    public static String of(PeerCard card) {
        List<String> lines = new ArrayList<>();
        lines.add("BEGIN:VCARD");
        lines.add("VERSION:4.0");
        lines.add("KIND:individual");
        lines.add("FN:" + escape(card.name()));
        lines.add("N:" + escape(card.familyName()) + ";" + escape(card.givenName()) + ";;;");
        if (card.title() != null) {
            lines.add("TITLE:" + escape(card.title()));
        }
        if (card.organization() != null) {
            lines.add("ORG:" + escape(card.organization()));
        }
        if (card.email() != null) {
            lines.add("EMAIL;TYPE=work:" + escape(card.email()));
        }
        if (card.phone() != null) {
            lines.add("TEL;VALUE=text;TYPE=work,voice:" + escape(card.phone()));
        }
        if (!card.follows().isEmpty() || !card.speaksTo().isEmpty()) {
            List<String> topics = new ArrayList<>(card.follows());
            card.speaksTo().stream().filter(t -> !topics.contains(t)).forEach(topics::add);
            lines.add("CATEGORIES:" + String.join(",", topics.stream().map(VCards::escape).toList()));
            StringBuilder note = new StringBuilder();
            if (!card.follows().isEmpty()) {
                note.append("Follows: ").append(String.join(", ", card.follows()));
            }
            if (!card.speaksTo().isEmpty()) {
                note.append(note.isEmpty() ? "" : "\n").append("Can speak to: ").append(String.join(", ", card.speaksTo()));
            }
            lines.add("NOTE:" + escape(note.toString()));
        }
        lines.add("END:VCARD");
        StringBuilder out = new StringBuilder();
        lines.forEach(l -> out.append(fold(l)).append("\r\n"));
        return out.toString();
    }

    /** A text value with RFC 6350's escapes; any line break becomes {@code \n}. */
    static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case ',' -> out.append("\\,");
                case ';' -> out.append("\\;");
                case '\n' -> out.append("\\n");
                case '\r' -> {
                    out.append("\\n");
                    if (i + 1 < value.length() && value.charAt(i + 1) == '\n') {
                        i++;
                    }
                }
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Folds a content line into lines of at most 75 octets; continuation lines start with a space. */
    static String fold(String line) {
        StringBuilder out = new StringBuilder(line.length() + 8);
        int octets = 0;
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            String ch = new String(Character.toChars(codePoint));
            int size = ch.getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > MAX_OCTETS) {
                out.append("\r\n ");
                octets = 1;
            }
            out.append(ch);
            octets += size;
            i += Character.charCount(codePoint);
        }
        return out.toString();
    }
}
