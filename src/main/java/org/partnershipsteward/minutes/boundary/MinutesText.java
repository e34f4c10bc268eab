package org.partnershipsteward.minutes.boundary;

/** The minutes as plain text for a mail: attendance, then each section under its label (withheld ones say so). */
final class MinutesText {

    private MinutesText() {
    }

    static String of(MinutesView minutes) {
        StringBuilder text = new StringBuilder();
        text.append("Present: ").append(String.join(", ", minutes.attendance().stream().filter(MinutesView.Attendance::attended)
                .map(a -> a.name() + (a.delegate() ? " (by a delegate)" : "")).toList()));
        var excused = minutes.attendance().stream().filter(MinutesView.Attendance::excused).map(MinutesView.Attendance::name).toList();
        if (!excused.isEmpty()) {
            text.append("\nExcused: ").append(String.join(", ", excused));
        }
        int n = 1;
        for (MinutesView.Section s : minutes.items()) {
            text.append("\n\n").append(n++).append(". ").append(s.title());
            if (s.sharingLabel() != null) {
                text.append(" [").append(s.sharingLabel()).append("]");
            }
            text.append("\n").append(s.notes().isBlank() ? "(no notes)" : s.notes());
        }
        return text.toString();
    }
}
