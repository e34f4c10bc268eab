package org.partnershipsteward.platform.rest;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Invalid fields of a request body: 400 with one entry per field (overrides the JAX-RS default). */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        return ProblemMapper.fromViolations(exception).toResponse();
    }
}
