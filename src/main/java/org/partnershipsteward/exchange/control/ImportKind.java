package org.partnershipsteward.exchange.control;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** What a CSV file holds, with its columns in the order exports write them and the columns an import needs. */
public enum ImportKind {
    ORGANIZATIONS(List.of("name", "sector", "kind", "region", "fortune500", "foundingSponsor"),
            Set.of("name", "sector", "kind")),
    MEMBERS(List.of("email", "firstName", "lastName", "title", "organization", "criterion", "status", "joinedOn", "leftOn",
            "phone"), Set.of("email", "firstName", "lastName", "title", "organization", "criterion", "joinedOn")),
    SEATS(List.of("position", "seatType", "holder", "alternate", "termStart", "termEnd", "endedOn", "endReason"),
            Set.of("position", "seatType", "holder", "termStart", "termEnd")),
    SUMMITS(List.of("title", "startsAt", "endsAt", "venue", "capacity", "status", "cancelReason"),
            Set.of("title", "startsAt", "endsAt", "venue")),
    ATTENDANCE(List.of("summit", "startsAt", "email", "checkedInAt", "byDelegate"), Set.of("summit", "startsAt", "email"));

    private final List<String> columns;
    private final Set<String> required;

    ImportKind(List<String> columns, Set<String> required) {
        this.columns = columns;
        this.required = required;
    }

    /** Every column, in the order an export writes them. */
    public List<String> columns() {
        return columns;
    }

    /** The columns a file must have (the others may be left out). */
    public Set<String> required() {
        return required;
    }

    /** The name in paths and file names: {@code organizations}, {@code members}, … */
    public String path() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ImportKind> of(String path) {
        for (ImportKind kind : values()) {
            if (kind.path().equals(path)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
