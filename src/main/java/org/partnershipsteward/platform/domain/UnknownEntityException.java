package org.partnershipsteward.platform.domain;

import jakarta.ejb.ApplicationException;

/** The id names nothing of that kind (HTTP 404). */
@ApplicationException(rollback = true)
public class UnknownEntityException extends RuntimeException {

    public UnknownEntityException(String kind, Object id) {
        super("No " + kind + " with id " + id);
    }
}
