package org.partnershipsteward.platform.rest;

import org.partnershipsteward.platform.persistence.DatabaseOutage;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.partnershipsteward.platform.domain.ConflictException;
import org.partnershipsteward.platform.domain.InvalidInputException;
import org.partnershipsteward.platform.domain.RuleViolationException;
import org.partnershipsteward.platform.domain.UnknownEntityException;
import org.partnershipsteward.platform.domain.VocabularyViolation;

/**
 * Turns every exception that reaches the API into an RFC 9457 problem. Bad input is a 4xx with a
 * clear message; an unexpected error is a 500 with a reference to the log, never a stack trace.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    @Context
    SecurityContext security;

    @Override
    public Response toResponse(Throwable exception) {
        Response response = toProblem(unwrap(exception)).toResponse();
        if (response.getStatus() == 401) {
            return Response.fromResponse(response).header(HttpHeaders.WWW_AUTHENTICATE,
                    "Basic realm=\"Partnership Steward\", charset=\"UTF-8\"").build();
        }
        if (response.getStatus() == 503) {
            return Response.fromResponse(response).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).build();
        }
        return response;
    }

    static Throwable unwrap(Throwable exception) {
        Throwable t = exception;
        while (t instanceof EJBException && !(t instanceof EJBAccessException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    /** How long a client should wait before trying again while the database does not answer. */
    static final int RETRY_AFTER_SECONDS = DatabaseOutage.RETRY_AFTER_SECONDS;

    Problem toProblem(Throwable t) {
        if (DatabaseOutage.causedBy(t)) {
            String reference = UUID.randomUUID().toString();
            LOG.warning(() -> "The database did not answer (reference " + reference + "): " + t);
            return Problem.of(503, "Service Unavailable", DatabaseOutage.DETAIL + " Reference: " + reference);
        }
        if (t instanceof ConstraintViolationException violations) {
            return fromViolations(violations);
        }
        if (t instanceof InvalidInputException invalid) {
            List<Problem.FieldError> errors = invalid.fieldErrors().entrySet().stream()
                    .map(e -> new Problem.FieldError(e.getKey(), e.getValue()))
                    .sorted(Comparator.comparing(Problem.FieldError::field)).toList();
            return new Problem("about:blank", "Bad Request", 400, "The request has invalid fields.", null, errors);
        }
        if (t instanceof UnknownEntityException) {
            return Problem.of(Response.Status.NOT_FOUND, t.getMessage());
        }
        if (t instanceof ConflictException) {
            return Problem.of(Response.Status.CONFLICT, t.getMessage());
        }
        if (t instanceof OptimisticLockException) {
            return Problem.of(Response.Status.CONFLICT, "Someone else changed this record meanwhile; reload and try again.");
        }
        if (t instanceof VocabularyViolation word) {
            return new Problem("about:blank", "Refused by the bylaws", 422, word.getMessage(), word.rule(),
                    List.of(new Problem.FieldError(word.field(), "must be one of: " + String.join(", ", word.allowed()))));
        }
        if (t instanceof RuleViolationException rule) {
            return new Problem("about:blank", "Refused by the bylaws", 422, rule.getMessage(), rule.rule(), null);
        }
        if (t instanceof EJBAccessException || t instanceof SecurityException) {
            return security == null || security.getUserPrincipal() == null
                    ? Problem.of(Response.Status.UNAUTHORIZED, "Sign in with your email and password (HTTP Basic).")
                    : Problem.of(Response.Status.FORBIDDEN, "Your role does not allow this.");
        }
        if (t instanceof JsonbException || t instanceof ProcessingException) {
            Optional<Problem.FieldError> field = StrictJson.unreadableField(t);
            if (field.isPresent()) {
                return unreadable(field.get());
            }
            return Problem.of(Response.Status.BAD_REQUEST,
                    "The request body is not valid JSON of the expected shape (check field types and enum values).");
        }
        if (t instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            if (status == 403 && (security == null || security.getUserPrincipal() == null)) {
                return Problem.of(Response.Status.UNAUTHORIZED, "Sign in with your email and password (HTTP Basic).");
            }
            if (status == 403) {
                return Problem.of(Response.Status.FORBIDDEN, "Your role does not allow this.");
            }
            if (status >= 500) {
                return unexpected(t);
            }
            Optional<Problem.FieldError> field = status == 400 ? StrictJson.unreadableField(t) : Optional.empty();
            if (field.isPresent()) {
                return unreadable(field.get());
            }
            Response.StatusType type = web.getResponse().getStatusInfo();
            String detail = switch (status) {
                case 401 -> "Sign in with your email and password (HTTP Basic).";
                case 404 -> "There is nothing at this address.";
                case 405 -> "This method is not allowed here.";
                case 415 -> "Send JSON (Content-Type: application/json).";
                case 406 -> "This resource answers in JSON.";
                case 400 -> "The request is malformed (check the JSON body and parameters).";
                default -> type.getReasonPhrase();
            };
            return Problem.of(status, type.getReasonPhrase(), detail);
        }
        return unexpected(t);
    }

    /**
     * Whether the cause is a database that cannot be reached (down, restarting, the pool cannot open a
     * connection): SQL state class 08 ("connection exception"), the JDBC connection exceptions, or the
     * container's pool refusing to allocate. Not a bad request and not a bug: a 503 the client may retry.
     */
    private static Problem unreadable(Problem.FieldError field) {
        return new Problem("about:blank", "Bad Request", 400, "The request body has a field that cannot be read: "
                + field.field() + " " + field.message() + ".", null, List.of(field));
    }

    private static Problem unexpected(Throwable t) {
        String reference = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected error, reference " + reference, t);
        return Problem.of(500, "Internal Server Error",
                "Something went wrong on our side. Reference: " + reference);
    }

    static Problem fromViolations(ConstraintViolationException violations) {
        List<Problem.FieldError> errors = violations.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldName(v.getPropertyPath().toString()), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return new Problem("about:blank", "Bad Request", 400, "The request has invalid fields.", null, errors);
    }

    /**
     * {@code create.request.name} → {@code name}: the last node names the field for the client; a
     * violation on the body parameter itself (e.g. no body) is reported as {@code body}.
     * Validation runs in the boundaries: Payara's OpenAPI generator fails on constraint annotations on
     * resource body parameters (payara/Payara#7649).
     */
    static String fieldName(String path) {
        int dot = path.lastIndexOf('.');
        String last = dot < 0 ? path : path.substring(dot + 1);
        return last.matches("arg\\d+|body|request") ? "body" : last;
    }
}
