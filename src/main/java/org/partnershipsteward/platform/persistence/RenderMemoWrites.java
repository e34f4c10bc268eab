package org.partnershipsteward.platform.persistence;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;

/**
 * A default listener of every entity (META-INF/orm.xml): an entity written while a page renders drops the answers
 * {@link RenderMemo} kept for that rendering, before the write and again once it is sent to the database, so no part
 * of the page shows what was true before it. Outside a rendering it does nothing.
 */
public class RenderMemoWrites {

    @PrePersist
    @PreUpdate
    @PreRemove
    @PostPersist
    @PostUpdate
    @PostRemove
    void written(Object entity) {
        RenderMemo.forget();
    }
}
