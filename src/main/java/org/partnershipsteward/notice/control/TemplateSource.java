package org.partnershipsteward.notice.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Where notice templates come from. Names are relative to the template folder, e.g.
 * {@code invitation.subject.txt} or {@code layout.html}; files are read as UTF-8.
 */
@FunctionalInterface
public interface TemplateSource {

    /** The classpath folder of the templates packaged with the application. */
    String CLASSPATH_FOLDER = "templates/notice/";

    /** The text of the named template, or empty when there is no such template. */
    Optional<String> read(String name);

    /** Templates packaged under {@value #CLASSPATH_FOLDER} on the class path of this class. */
    static TemplateSource classpath() {
        return classpath(TemplateSource.class.getClassLoader());
    }

    /** Templates under {@value #CLASSPATH_FOLDER} of the given class loader. */
    static TemplateSource classpath(ClassLoader loader) {
        Objects.requireNonNull(loader, "loader");
        return name -> {
            try (InputStream in = loader.getResourceAsStream(CLASSPATH_FOLDER + checked(name))) {
                return in == null
                        ? Optional.empty()
                        : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read template " + name, e);
            }
        };
    }

    /** Templates in a folder on disk, e.g. copies the secretariat edited without a rebuild. */
    static TemplateSource directory(Path folder) {
        Objects.requireNonNull(folder, "folder");
        return name -> {
            Path file = folder.resolve(checked(name));
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            try {
                return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read template " + file, e);
            }
        };
    }

    /** This source, falling back to {@code fallback} for templates it does not have. */
    default TemplateSource orElse(TemplateSource fallback) {
        Objects.requireNonNull(fallback, "fallback");
        return name -> read(name).or(() -> fallback.read(name));
    }

    private static String checked(String name) {
        if (name == null || name.isBlank() || name.contains("..") || name.startsWith("/")
                || name.contains("\\")) {
            throw new IllegalArgumentException("not a template name: " + name);
        }
        return name;
    }
}
