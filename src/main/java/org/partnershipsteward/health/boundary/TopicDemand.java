package org.partnershipsteward.health.boundary;

import java.util.List;
import org.partnershipsteward.health.control.Facts.TopicFact;

/**
 * Extension point: a source of topics members asked for, besides the agenda proposals the summit
 * component records. The survey component implements it (e.g. an {@code @ApplicationScoped} bean that
 * returns each survey answer naming a topic, with the day it was given); the scorecard's "requested
 * topics taken up" then counts them. Every bean of this type found by CDI is asked.
 */
public interface TopicDemand {

    /** Topics asked for, each with the day it was asked for. */
    List<TopicFact> requestedTopics();
}
