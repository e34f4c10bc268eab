package org.partnershipsteward.platform.domain;

import jakarta.ejb.ApplicationException;

/** The request conflicts with the current state, e.g. a duplicate name (HTTP 409). */
@ApplicationException(rollback = true)
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
