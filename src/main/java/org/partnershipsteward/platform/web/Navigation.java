package org.partnershipsteward.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import org.partnershipsteward.platform.config.PartnershipConfig;
import org.partnershipsteward.platform.security.Account;
import org.partnershipsteward.platform.security.PageAuthentication;
import org.partnershipsteward.platform.security.Roles;

/** What the layout shows the caller: their name, their roles, and the partnership's name. */
@Named
@RequestScoped
public class Navigation {

    @Inject
    SecurityContext security;

    @Inject
    PartnershipConfig config;

    @Inject
    HttpServletRequest request;

    @Inject
    org.partnershipsteward.platform.security.Accounts accounts;

    private String name;

    private final java.util.Map<String, Boolean> roles = new java.util.HashMap<>();

    public boolean isSignedIn() {
        return security.getCallerPrincipal() != null;
    }

    public String getCaller() {
        Principal caller = security.getCallerPrincipal();
        return caller == null ? "" : caller.getName();
    }

    /** The caller's name for greetings and the header (the account's name; the email only when it has none). */
    public String getName() {
        if (name == null && request.getAttribute(PageAuthentication.CALLER_NAME) instanceof String read) {
            name = read;
        }
        if (name == null) {
            Principal caller = security.getCallerPrincipal();
            name = caller == null ? "" : accounts.byEmail(caller.getName()).map(Account::shownName).orElse(caller.getName());
        }
        return name;
    }

    public boolean isSecretariat() {
        return inRole(Roles.SECRETARIAT);
    }

    public boolean isBoard() {
        return inRole(Roles.BOARD);
    }

    public boolean isMember() {
        return inRole(Roles.MEMBER);
    }

    /** Asked once per role and request: every page asks each several times (menu, header, content), each a policy check. */
    private boolean inRole(String role) {
        return roles.computeIfAbsent(role, security::isCallerInRole);
    }

    /** An assistant's login: their own pages only (their principals' summits, their details), never the dashboard. */
    public boolean isAssistant() {
        return inRole(Roles.ASSISTANT) && !isSecretariat() && !isBoard() && !isMember();
    }

    /** Where the brand link and the start page lead the caller: an assistant's portal, else the dashboard. */
    public String getHomeOutcome() {
        return isAssistant() ? "/assistant/index" : "/dashboard";
    }

    /** The caller's roles in words, for the header. */
    public String getRoleLabel() {
        if (isSecretariat()) {
            return "Secretariat";
        }
        if (isBoard()) {
            return "Board member";
        }
        if (isMember()) {
            return "Member";
        }
        return isAssistant() ? "Assistant" : "";
    }

    public String getPartnershipName() {
        return config.name();
    }

    /** The public start page sends everyone to their dashboard (which asks for a login first); an assistant to theirs. */
    public String home() {
        return getHomeOutcome() + ".xhtml?faces-redirect=true";
    }
}
