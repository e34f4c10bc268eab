package org.partnershipsteward.platform.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.servlet.ServletException;
import org.junit.jupiter.api.Test;

class ExpiredViewsTest {

    @Test
    void aViewThatCannotBeRestoredIsRecognisedWhereverTheServletWrappedIt() {
        assertTrue(ExpiredViews.expired(new ServletException(new ViewExpiredException("gone", "/member/profile.xhtml"))));
        assertTrue(ExpiredViews.expired(new ServletException("x", new FacesException(new ViewExpiredException("gone", "/a.xhtml")))));
        assertTrue(ExpiredViews.expired(new ServletException(new FacesException("Unable to restore view /a.xhtml"))),
                "a made-up ViewState");
    }

    @Test
    void otherFailuresStayErrors() {
        assertFalse(ExpiredViews.expired(new ServletException(new IllegalStateException("boom"))));
        assertFalse(ExpiredViews.expired(new ServletException("no cause")));
    }
}
