package org.partnershipsteward.platform.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** A problem+json answer written before JAX-RS runs (the mechanisms answer some requests themselves). */
final class Problems {

    private Problems() {
    }

    static void write(HttpServletResponse response, int status, String title, String detail) {
        try {
            response.setStatus(status);
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("{\"type\":\"about:blank\",\"status\":" + status + ",\"title\":\"" + title
                    + "\",\"detail\":\"" + detail.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
        } catch (IOException e) {
            // the client went away; nothing else to tell it
        }
    }
}
