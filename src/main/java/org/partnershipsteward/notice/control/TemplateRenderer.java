package org.partnershipsteward.notice.control;

import com.samskivert.mustache.Escapers;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.StringReader;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Objects;
import org.partnershipsteward.notice.entity.NoticeKind;

/**
 * Renders a notice from Mustache templates (JMustache) that the secretariat can edit.
 *
 * <p>For a kind whose {@link NoticeKind#templateName()} is {@code k} it reads {@code k.subject.txt},
 * {@code k.txt} and {@code k.html}, then wraps the two bodies in {@code layout.txt} and
 * {@code layout.html}, which receive the rendered body as {@code body} (use {@code {{{body}}}} in
 * the HTML layout) and the subject as {@code subject}. Values are HTML-escaped in the HTML
 * templates only. A key missing from the model renders as nothing, never as an error; a missing
 * template file is a packaging error and throws {@link IllegalStateException}.
 * Partials ({@code {{> name}}}) are read from the same source. A governance kind never shows an
 * unsubscribe line, even when the model carries {@value #UNSUBSCRIBE_LINK}.
 */
public final class TemplateRenderer {

    /** Compiled templates by compiler and name, when the source cannot change (null: compile on every use). */
    private final Map<String, Template> compiled;

    /** Model key the layouts receive the rendered kind-specific body under. */
    public static final String BODY = "body";
    /** Model key the layouts receive the rendered subject under. */
    public static final String SUBJECT = "subject";
    /** Model key of the unsubscribe URL; dropped for kinds that are not optional. */
    public static final String UNSUBSCRIBE_LINK = "unsubscribeLink";

    private static final Mustache.Escaper HTML_ESCAPER = Escapers.simple(new String[][] {
        {"&", "&amp;"}, {"<", "&lt;"}, {">", "&gt;"}, {"\"", "&quot;"}, {"'", "&#39;"}});

    private final TemplateSource source;
    private final Mustache.Compiler textCompiler;
    private final Mustache.Compiler htmlCompiler;

    /** A renderer over the templates packaged on the class path. */
    public TemplateRenderer() {
        this(TemplateSource.classpath(), true);
    }

    public TemplateRenderer(TemplateSource source) {
        this(source, false);
    }

    /**
     * @param compileOnce keep each template compiled after its first use: for sources that cannot change while the
     *                    application runs (the packaged templates). Compiled JMustache templates are immutable and
     *                    safe to execute from many threads; compiling them on every notice cost more than executing.
     */
    public TemplateRenderer(TemplateSource source, boolean compileOnce) {
        this.compiled = compileOnce ? new ConcurrentHashMap<>() : null;
        this.source = Objects.requireNonNull(source, "source");
        Mustache.Compiler base = Mustache.compiler()
                .defaultValue("")
                .emptyStringIsFalse(true)
                .withLoader(name -> new StringReader(require(name)));
        this.textCompiler = base.escapeHTML(false);
        this.htmlCompiler = base.withEscaper(HTML_ESCAPER);
    }

    /**
     * Renders the subject, text and HTML of a notice.
     *
     * @param values at least {@code partnershipName}, {@code recipientName} and {@code baseUrl},
     *              plus the kind's own keys (see the README); values are usually strings
     */
    public RenderedNotice render(NoticeKind kind, Map<String, ?> values) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(values, "values");
        Map<String, Object> model = new HashMap<>(values);
        if (!kind.optional()) {
            model.remove(UNSUBSCRIBE_LINK);
        }
        String name = kind.templateName();
        String subject = singleLine(text(name + ".subject.txt", model));

        Map<String, Object> layoutModel = new HashMap<>(model);
        layoutModel.put(SUBJECT, subject);

        layoutModel.put(BODY, text(name + ".txt", model));
        String text = tidy(text("layout.txt", layoutModel));

        layoutModel.put(BODY, html(name + ".html", model));
        String html = html("layout.html", layoutModel);

        return new RenderedNotice(subject, text, html);
    }

    private String text(String template, Object model) {
        return template(textCompiler, "text:" + template, template).execute(model);
    }

    private String html(String template, Object model) {
        return template(htmlCompiler, "html:" + template, template).execute(model);
    }

    private Template template(Mustache.Compiler compiler, String key, String name) {
        if (compiled == null) {
            return compiler.compile(require(name));
        }
        return compiled.computeIfAbsent(key, k -> compiler.compile(require(name)));
    }

    private String require(String template) {
        return source.read(template).orElseThrow(
                () -> new IllegalStateException("notice template missing: " + template));
    }

    private static String singleLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    /** Drops the blank lines that empty optional sections leave behind. */
    private static String tidy(String s) {
        return s.replace("\r\n", "\n").replaceAll("[ \\t]+\n", "\n").replaceAll("\n{3,}", "\n\n").strip()
                + "\n";
    }
}
