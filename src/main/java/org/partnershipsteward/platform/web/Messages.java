package org.partnershipsteward.platform.web;

import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolationException;
import java.util.function.Supplier;
import org.partnershipsteward.platform.domain.ConflictException;
import org.partnershipsteward.platform.domain.InvalidInputException;
import org.partnershipsteward.platform.domain.RuleViolationException;
import org.partnershipsteward.platform.domain.UnknownEntityException;

/** Page helpers: run a boundary call and turn a refusal into a message on the page (nothing is stored then). */
public final class Messages {

    private Messages() {
    }

    public static void info(String text) {
        add(FacesMessage.SEVERITY_INFO, text);
    }

    public static void error(String text) {
        add(FacesMessage.SEVERITY_ERROR, text);
    }

    /** Keeps messages across a redirect (post-redirect-get). */
    public static void keep() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    /** Runs the action; a refusal becomes error messages and the result is null. */
    public static <T> T attempt(Supplier<T> action) {
        try {
            return action.get();
        } catch (InvalidInputException e) {
            e.fieldErrors().forEach((field, message) -> error(field + ": " + message));
        } catch (ConflictException | UnknownEntityException | RuleViolationException e) {
            error(e.getMessage());
        } catch (ConstraintViolationException e) {
            // an application exception (WEB-INF/ejb-jar.xml): it arrives as it is, not wrapped
            violations(e);
        } catch (EJBException e) {
            if (e.getCause() instanceof ConstraintViolationException violations) {
                violations(violations);
            } else {
                throw e;
            }
        }
        return null;
    }

    private static void violations(ConstraintViolationException violations) {
        violations.getConstraintViolations().forEach(v -> {
            String path = v.getPropertyPath().toString();
            error(path.substring(path.lastIndexOf('.') + 1) + ": " + v.getMessage());
        });
    }

    private static void add(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }
}
