package org.partnershipsteward.platform.mail;

import jakarta.mail.Authenticator;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import java.util.Properties;

/** Builds the Jakarta Mail session for the configured SMTP server (plain, STARTTLS or SMTPS; optional login). */
public final class MailSessions {

    private MailSessions() {
    }

    public static Session smtp(String host, int port, boolean startTls, boolean ssl, String username, String password) {
        String protocol = ssl ? "smtps" : "smtp";
        Properties p = new Properties();
        p.put("mail.transport.protocol", protocol);
        p.put("mail." + protocol + ".host", host);
        p.put("mail." + protocol + ".port", String.valueOf(port));
        p.put("mail." + protocol + ".connectiontimeout", "10000");
        p.put("mail." + protocol + ".timeout", "20000");
        p.put("mail." + protocol + ".writetimeout", "20000");
        if (startTls) {
            p.put("mail.smtp.starttls.enable", "true");
            p.put("mail.smtp.starttls.required", "true");
        }
        if (ssl) {
            p.put("mail.smtps.ssl.checkserveridentity", "true");
        }
        if (username == null) {
            return Session.getInstance(p);
        }
        p.put("mail." + protocol + ".auth", "true");
        return Session.getInstance(p, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(username, password);
            }
        });
    }
}
