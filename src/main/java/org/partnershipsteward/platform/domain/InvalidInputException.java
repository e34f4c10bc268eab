package org.partnershipsteward.platform.domain;

import jakarta.ejb.ApplicationException;
import java.util.Map;

/** Input that passed field validation but is inconsistent as a whole (HTTP 400), per field. */
@ApplicationException(rollback = true)
public class InvalidInputException extends RuntimeException {

    private final Map<String, String> fieldErrors;

    public InvalidInputException(Map<String, String> fieldErrors) {
        super("Invalid input: " + fieldErrors);
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
