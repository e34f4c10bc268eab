package org.partnershipsteward.health.boundary;

import java.util.List;

/**
 * Extension point: a component that has work in flight adds a section to the secretariat's hand-over
 * view by providing a CDI bean of this type. The compliance component provides the section
 * {@value #COMPLIANCE} ("Open compliance cases"). Sections are sorted by {@link #order()}.
 */
public interface HandoverSection {

    /** The key of the compliance component's section. */
    String COMPLIANCE = "compliance";

    /** A stable key, e.g. {@code compliance}; the JSON of {@code /api/handover} uses it. */
    String key();

    String title();

    /** Where this work is handled (a page path, e.g. {@code /secretariat/compliance.xhtml}). */
    String link();

    /** Position among the sections; the built-in ones use 10, 20, ... 90. */
    int order();

    List<HandoverItem> items();
}
