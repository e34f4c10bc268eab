package org.partnershipsteward.notice.control;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.partnershipsteward.notice.entity.NoticeKind;

class TemplateRendererTest {

    private static final Set<String> BASE_KEYS = Set.of("partnershipName", "recipientName", "baseUrl");
    private static final Pattern TAG = Pattern.compile("\\{\\{\\{?\\s*[#^/]?\\s*([A-Za-z]\\w*)\\s*}?}}");

    private final TemplateRenderer renderer = new TemplateRenderer();

    @ParameterizedTest
    @EnumSource(NoticeKind.class)
    void everyKindShowsEveryGivenValueAndItsDeepLinkInTextAndHtml(NoticeKind kind) {
        RenderedNotice notice = renderer.render(kind, NoticeFixtures.model(kind));
        String link = NoticeFixtures.link(kind);

        List<org.junit.jupiter.api.function.Executable> checks = new ArrayList<>();
        checks.add(() -> assertFalse(notice.subject().isBlank(), "subject"));
        checks.add(() -> assertTrue(notice.text().contains(link), "text lacks deep link " + link));
        checks.add(() -> assertTrue(notice.html().contains("href=\"" + html(link) + "\""),
                "html lacks a link to " + link));
        for (String value : expectedValues(kind)) {
            checks.add(() -> assertTrue(notice.text().contains(value), "text lacks " + value));
            checks.add(() -> assertTrue(notice.html().contains(html(value)), "html lacks " + value));
        }
        for (String rendered : List.of(notice.subject(), notice.text(), notice.html())) {
            checks.add(() -> assertFalse(rendered.contains("{{") || rendered.contains("}}"),
                    "unrendered tag in " + rendered));
        }
        assertAll(kind.name(), checks);
    }

    @ParameterizedTest
    @EnumSource(NoticeKind.class)
    void templatesUseExactlyTheKeysTheFixtureAndReadmeDocument(NoticeKind kind) {
        TemplateSource source = TemplateSource.classpath();
        Set<String> used = new TreeSet<>();
        for (String suffix : List.of(".subject.txt", ".txt", ".html")) {
            Matcher tags = TAG.matcher(source.read(kind.templateName() + suffix).orElseThrow());
            while (tags.find()) {
                used.add(tags.group(1));
            }
        }
        used.removeAll(BASE_KEYS);
        Set<String> documented = new TreeSet<>(NoticeFixtures.specific(kind).keySet());
        documented.remove("unsubscribeLink"); // used by the layouts, not by the kind's own templates

        assertEquals(documented, used);
    }

    @Test
    void anInvitationWithARestrictedItemSaysSoAndLinksToTheSummitsPageInThePortal() {
        String page = NoticeFixtures.BASE_URL + "/summits/view.xhtml?id=42";
        RenderedNotice notice = renderer.render(NoticeKind.INVITATION, NoticeFixtures.model(NoticeKind.INVITATION));
        assertTrue(notice.text().contains("A restricted item is on the agenda"), notice.text());
        assertTrue(notice.text().contains(page), notice.text());
        assertTrue(notice.html().contains("href=\"" + html(page) + "\""), notice.html());

        Map<String, Object> open = new HashMap<>(NoticeFixtures.model(NoticeKind.INVITATION));
        open.remove("restricted");
        RenderedNotice plain = renderer.render(NoticeKind.INVITATION, open);
        assertFalse(plain.text().contains("restricted item is on the agenda"), "only when the policy restricted an item");
    }

    @Test
    void aReminderToSomeoneWhoAnsweredRemindsAndANudgeAsksForTheAnswer() {
        Map<String, Object> reminder = new HashMap<>(NoticeFixtures.model(NoticeKind.REMINDER));
        reminder.remove("notAnswered");
        RenderedNotice plain = renderer.render(NoticeKind.REMINDER, reminder);
        RenderedNotice nudge = renderer.render(NoticeKind.REMINDER, NoticeFixtures.model(NoticeKind.REMINDER));

        assertAll(
                () -> assertTrue(plain.subject().startsWith("Reminder:"), plain.subject()),
                () -> assertTrue(plain.text().contains("takes place soon"), plain.text()),
                () -> assertFalse(plain.text().contains("not yet answered"), plain.text()),
                () -> assertTrue(nudge.subject().startsWith("Please answer:"), nudge.subject()),
                () -> assertTrue(nudge.text().contains("not yet answered"), nudge.text()),
                () -> assertTrue(nudge.html().contains("Answer the invitation"), nudge.html()));
    }

    @ParameterizedTest
    @EnumSource(NoticeKind.class)
    void missingKeysRenderAsNothingInsteadOfFailing(NoticeKind kind) {
        RenderedNotice notice = renderer.render(kind, Map.of());

        assertAll(
                () -> assertFalse(notice.subject().isBlank()),
                () -> assertFalse(notice.text().contains("{{")),
                () -> assertFalse(notice.html().contains("{{")),
                () -> assertTrue(notice.html().startsWith("<!DOCTYPE html>")));
    }

    @Test
    void htmlEscapesValuesWhileTextAndSubjectKeepThemVerbatim() {
        Map<String, Object> model = NoticeFixtures.model(NoticeKind.INVITATION);
        model.put("recipientName", "Zoë <script>alert(1)</script> & Co");
        model.put("summitTitle", "Q&A \"Cyber\" <Summit>");

        RenderedNotice notice = renderer.render(NoticeKind.INVITATION, model);

        assertAll(
                () -> assertTrue(notice.html().contains("Zoë &lt;script&gt;alert(1)&lt;/script&gt; &amp; Co")),
                () -> assertFalse(notice.html().contains("<script>")),
                () -> assertTrue(notice.html().contains("Q&amp;A &quot;Cyber&quot; &lt;Summit&gt;")),
                () -> assertTrue(notice.text().contains("Zoë <script>alert(1)</script> & Co")),
                () -> assertTrue(notice.subject().contains("Q&A \"Cyber\" <Summit>")));
    }

    @Test
    void subjectIsOneLineEvenWhenAValueHasLineBreaks() {
        Map<String, Object> model = NoticeFixtures.model(NoticeKind.INVITATION);
        model.put("summitTitle", "Spring\r\nSummit\nBcc: someone@example.org");

        String subject = renderer.render(NoticeKind.INVITATION, model).subject();

        assertFalse(subject.contains("\n") || subject.contains("\r"), subject);
        assertTrue(subject.contains("Spring Summit Bcc: someone@example.org"), subject);
    }

    @Test
    void approvedApplicationSaysApprovedAndNothingAboutRefusal() {
        RenderedNotice notice = renderer.render(NoticeKind.APPLICATION_DECIDED,
                NoticeFixtures.model(NoticeKind.APPLICATION_DECIDED));

        assertTrue(notice.text().contains("has approved your application"));
        assertFalse(notice.text().contains("not able to approve"));
        assertTrue(notice.subject().startsWith("Approved"));
    }

    @Test
    void ineligibleApplicationSaysTheCriteriaAreNotMetAndNotThatTheBoardDecided() {
        Map<String, Object> model = NoticeFixtures.model(NoticeKind.APPLICATION_DECIDED);
        model.put("approved", false);
        model.put("ineligible", true);
        model.put("reason", "The title is not executive level");

        RenderedNotice notice = renderer.render(NoticeKind.APPLICATION_DECIDED, model);

        assertTrue(notice.text().contains("does not meet them"));
        assertTrue(notice.html().contains("does not meet them"));
        assertTrue(notice.text().contains("The title is not executive level"));
        assertFalse(notice.text().contains("Executive Board has"));
    }

    @Test
    void rejectedApplicationSaysSoAndNeverSaysApproved() {
        Map<String, Object> model = NoticeFixtures.model(NoticeKind.APPLICATION_DECIDED);
        model.remove("approved");
        model.put("rejected", true);

        RenderedNotice notice = renderer.render(NoticeKind.APPLICATION_DECIDED, model);

        assertTrue(notice.text().contains("not able to approve"));
        assertFalse(notice.text().contains("has approved"));
        assertFalse(notice.html().contains("has approved"));
        assertTrue(notice.subject().startsWith("Decision on your application"));
    }

    @Test
    void decisionWithoutEitherFlagAnnouncesNeitherOutcome() {
        Map<String, Object> model = NoticeFixtures.model(NoticeKind.APPLICATION_DECIDED);
        model.remove("approved");

        RenderedNotice notice = renderer.render(NoticeKind.APPLICATION_DECIDED, model);

        assertFalse(notice.text().contains("has approved"));
        assertFalse(notice.text().contains("not able to approve"));
    }

    @Test
    void optionalSectionsLeaveNoEmptyLinesOrLabelsWhenTheirValueIsMissing() {
        Map<String, Object> model = NoticeFixtures.model(NoticeKind.SUMMIT_CANCELLED);
        model.remove("reason");

        RenderedNotice notice = renderer.render(NoticeKind.SUMMIT_CANCELLED, model);

        assertFalse(notice.text().contains("Reason:"));
        assertFalse(notice.html().contains("Reason:"));
        assertFalse(notice.text().contains("\n\n\n"), notice.text());
    }

    @Test
    void unsubscribeLinkAppearsInTheFooterOnlyWhenGiven() {
        RenderedNotice reminder = renderer.render(NoticeKind.REMINDER, NoticeFixtures.model(NoticeKind.REMINDER));
        RenderedNotice invitation = renderer.render(NoticeKind.INVITATION,
                NoticeFixtures.model(NoticeKind.INVITATION));

        String unsubscribe = (String) NoticeFixtures.specific(NoticeKind.REMINDER).get("unsubscribeLink");
        assertTrue(reminder.text().contains(unsubscribe));
        assertTrue(reminder.html().contains("href=\"" + unsubscribe + "\""));
        assertFalse(invitation.text().toLowerCase().contains("switch these emails off"));
        assertFalse(invitation.html().toLowerCase().contains("unsubscribe"));
    }

    @Test
    void governanceNoticesNeverOfferToUnsubscribeEvenWhenTheModelHasALink() {
        Map<String, Object> model = NoticeFixtures.model(NoticeKind.COMPLIANCE_WARNING);
        model.put("unsubscribeLink", NoticeFixtures.BASE_URL + "/unsubscribe/should-not-show");

        RenderedNotice notice = renderer.render(NoticeKind.COMPLIANCE_WARNING, model);

        assertFalse(notice.text().contains("should-not-show"));
        assertFalse(notice.html().contains("should-not-show"));
    }

    @Test
    void layoutGreetsTheRecipientAndSignsWithThePartnershipName() {
        RenderedNotice notice = renderer.render(NoticeKind.WELCOME, NoticeFixtures.model(NoticeKind.WELCOME));

        assertTrue(notice.text().startsWith("Dear " + NoticeFixtures.RECIPIENT + ","), notice.text());
        assertTrue(notice.text().contains(NoticeFixtures.PARTNERSHIP + " secretariat\n" + NoticeFixtures.BASE_URL));
        assertTrue(notice.html().contains("<title>" + html(notice.subject()) + "</title>"));
    }

    @Test
    void aMissingTemplateFileIsAPackagingErrorNotASilentBlankMail() {
        TemplateRenderer withoutTemplates = new TemplateRenderer(name -> java.util.Optional.empty());

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> withoutTemplates.render(NoticeKind.WELCOME, NoticeFixtures.base()));
        assertTrue(e.getMessage().contains("welcome.subject.txt"), e.getMessage());
    }

    @Test
    void editedTemplatesInAFolderOverrideThePackagedOnes(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("welcome.subject.txt"), "Greetings from {{partnershipName}}");
        TemplateRenderer edited = new TemplateRenderer(
                TemplateSource.directory(folder).orElse(TemplateSource.classpath()));

        RenderedNotice notice = edited.render(NoticeKind.WELCOME, NoticeFixtures.model(NoticeKind.WELCOME));

        assertEquals("Greetings from " + NoticeFixtures.PARTNERSHIP, notice.subject());
        assertTrue(notice.text().contains("/login"), "the other templates still come from the class path");
    }

    @Test
    void thePackagedTemplatesAreCompiledOnceAndRenderTheSameEveryTime() {
        java.util.concurrent.atomic.AtomicInteger reads = new java.util.concurrent.atomic.AtomicInteger();
        TemplateSource packaged = TemplateSource.classpath();
        TemplateRenderer once = new TemplateRenderer(name -> {
            reads.incrementAndGet();
            return packaged.read(name);
        }, true);
        RenderedNotice first = once.render(NoticeKind.WELCOME, NoticeFixtures.model(NoticeKind.WELCOME));
        int afterFirst = reads.get();
        RenderedNotice second = once.render(NoticeKind.WELCOME, NoticeFixtures.model(NoticeKind.WELCOME));
        assertEquals(afterFirst, reads.get(), "no template read again");
        assertEquals(first, second);
        assertEquals(new TemplateRenderer(packaged).render(NoticeKind.WELCOME, NoticeFixtures.model(NoticeKind.WELCOME)), first,
                "the same mail as compiling every time");
    }

    @Test
    void templateNamesCannotEscapeTheTemplateFolder(@TempDir Path folder) {
        TemplateSource source = TemplateSource.directory(folder);

        assertThrows(IllegalArgumentException.class, () -> source.read("../secret.txt"));
        assertThrows(IllegalArgumentException.class, () -> source.read("/etc/passwd"));
    }

    private static List<String> expectedValues(NoticeKind kind) {
        List<String> values = new ArrayList<>(List.of(
                NoticeFixtures.PARTNERSHIP, NoticeFixtures.RECIPIENT, NoticeFixtures.BASE_URL));
        Map<String, Object> specific = new HashMap<>(NoticeFixtures.specific(kind));
        for (Object value : specific.values()) {
            if (value instanceof String s) {
                values.add(s);
            } else if (value instanceof List<?> list) {
                list.forEach(item -> values.add(String.valueOf(item)));
            }
        }
        return values;
    }

    private static String html(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;").replace("'", "&#39;");
    }
}
