package org.partnershipsteward.summit.entity;

/**
 * How what is said in an agenda item may be shared: the Traffic Light Protocol 2.0 as FIRST defines it
 * (https://www.first.org/tlp/), or the Chatham House Rule. {@link #label()} is the label exactly as FIRST
 * writes it; {@link #meaning()} says in one line what a recipient may do. What each audience is given of an
 * item is decided by {@code summit.control.SharingPolicy}.
 */
public enum Sharing {
    TLP_CLEAR("TLP:CLEAR", "Recipients may share it without limit."),
    TLP_GREEN("TLP:GREEN", "Recipients may share it within their community, not publicly."),
    TLP_AMBER("TLP:AMBER", "Recipients may share it within their organisation and its clients, on a need-to-know basis."),
    TLP_AMBER_STRICT("TLP:AMBER+STRICT", "Recipients may share it within their own organisation only, on a need-to-know basis."),
    TLP_RED("TLP:RED", "For the eyes and ears of the individual recipients only: no further disclosure."),
    CHATHAM_HOUSE("Chatham House Rule", "Use the information, do not attribute it.");

    /** What every page, mail and calendar entry says next to a Chatham House item. */
    public static final String CHATHAM_HOUSE_NOTICE = "Chatham House Rule: use the information, do not attribute it";

    private final String label;
    private final String meaning;

    Sharing(String label, String meaning) {
        this.label = label;
        this.meaning = meaning;
    }

    /** The label as FIRST writes it ("TLP:AMBER+STRICT"), or "Chatham House Rule". */
    public String label() {
        return label;
    }

    /** What a recipient may do with the item, in one sentence. */
    public String meaning() {
        return meaning;
    }

    /** What is shown beside an item wherever it appears: the TLP label, or the Chatham House Rule with its rule. */
    public String notice() {
        return this == CHATHAM_HOUSE ? CHATHAM_HOUSE_NOTICE : label;
    }

    /** The CSS class that gives the label FIRST's colours (steward.css): e.g. {@code tlp tlp-amber-strict}. */
    public String styleClass() {
        return this == CHATHAM_HOUSE ? "chatham-house" : "tlp " + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
