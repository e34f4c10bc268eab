package org.partnershipsteward.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.partnershipsteward.platform.web.Messages;

/** Setting a password through a one-time link, and asking for such a link ("forgot password"). */
@Named
@RequestScoped
public class PasswordPage {

    @Inject
    PasswordLinks links;

    private String token;
    private String email;
    private String password;
    private String repeat;
    private boolean done;
    private boolean expired;

    /** On opening the page: a used, expired or unknown link says so at once instead of showing the form. */
    public void checkLink() {
        if (!done && !links.usable(token)) {
            expired = true;
            Messages.error("This link is not valid any more. Ask for a new one below.");
        }
    }

    public boolean isExpired() {
        return expired;
    }

    public void setNewPassword() {
        if (password == null || !password.equals(repeat)) {
            Messages.error("The two passwords differ.");
            return;
        }
        if (password.length() < PasswordLinks.MIN_PASSWORD_LENGTH) {
            Messages.error("Choose a password of at least " + PasswordLinks.MIN_PASSWORD_LENGTH + " characters.");
            return;
        }
        Optional<String> account = links.setPassword(token, password.toCharArray());
        if (account.isEmpty()) {
            Messages.error("This link is not valid any more. Ask for a new one below.");
            return;
        }
        email = account.get();
        done = true;
    }

    public void requestLink() {
        if (email != null && !email.isBlank()) {
            links.requestReset(email);
        }
        done = true;
    }

    public boolean isDone() {
        return done;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getRepeat() {
        return repeat;
    }

    public void setRepeat(String repeat) {
        this.repeat = repeat;
    }
}
