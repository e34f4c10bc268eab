package org.partnershipsteward.notice.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Session;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Sends through an in-process SMTP server (on a free port). */
class MailSenderTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    /** Like an application's loader in Payara: it cannot see Jakarta Mail's content handlers, and says who asked. */
    static final class ApplicationLoader extends ClassLoader {
        final List<String> asked = new CopyOnWriteArrayList<>();

        ApplicationLoader() {
            super(null);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            asked.add(name);
            throw new ClassNotFoundException(name);
        }
    }

    @Test
    void aMailIsComposedWithoutSearchingTheApplicationsClassLoaderForMailsContentHandlers() throws Exception {
        Properties props = new Properties();
        props.put("mail.smtp.host", greenMail.getSmtp().getBindTo());
        props.put("mail.smtp.port", String.valueOf(greenMail.getSmtp().getPort()));
        ApplicationLoader application = new ApplicationLoader();
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        try (MailSender sender = new MailSender(Session.getInstance(props), "Partnership <partnership@steward.example>")) {
            thread.setContextClassLoader(application);
            sender.send(new OutgoingNotice(1, "RSVP_CONFIRMATION", "zoe@acme.example", "Zoë Ångström", "Your response",
                    "Text", "<p>Html</p>", null, null, null, "<notice.1@steward.example>", 0));
            assertSame(application, thread.getContextClassLoader(), "the thread's loader is given back");
        } finally {
            thread.setContextClassLoader(before);
        }
        assertEquals(1, greenMail.getReceivedMessages().length);
        assertEquals(List.of(), application.asked.stream().filter(n -> n.contains(".mail.handlers.")).toList(),
                "Jakarta Activation found the handlers without asking the application's loader");
    }
}
