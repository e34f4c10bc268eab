package org.partnershipsteward.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every JAX-RS operation of the application is in the hand-written OpenAPI document (ADR 0003), and back. */
class OpenApiContractTest {

    private static String document() throws IOException {
        try (InputStream in = OpenApiContractTest.class.getResourceAsStream("/META-INF/openapi.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<String> operations() {
        List<String> operations = new ArrayList<>();
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.partnershipsteward")) {
            if (!type.isAnnotatedWith(Path.class)) {
                continue;
            }
            Class<?> resource = type.reflect();
            String root = "/api/" + resource.getAnnotation(Path.class).value();
            for (Method method : resource.getDeclaredMethods()) {
                String verb = method.isAnnotationPresent(GET.class) ? "get" : method.isAnnotationPresent(POST.class) ? "post"
                        : method.isAnnotationPresent(PUT.class) ? "put" : method.isAnnotationPresent(DELETE.class) ? "delete" : null;
                if (verb != null) {
                    Path sub = method.getAnnotation(Path.class);
                    operations.add((sub == null ? root : root + "/" + sub.value()) + " " + verb);
                }
            }
        }
        return operations;
    }

    /** "path verb" pairs of the document: a path line at two spaces, its verbs at four. */
    private static List<String> documented(String yaml) {
        List<String> pairs = new ArrayList<>();
        String path = null;
        for (String line : yaml.split("\n")) {
            Matcher p = Pattern.compile("^  (/api/\\S+):\\s*$").matcher(line);
            Matcher v = Pattern.compile("^    (get|post|put|delete):\\s*$").matcher(line);
            if (p.find()) {
                path = p.group(1);
            } else if (v.find() && path != null) {
                pairs.add(path + " " + v.group(1));
            } else if (!line.startsWith("  ") && !line.isBlank()) {
                path = null;
            }
        }
        return pairs;
    }

    @Test
    void everyOperationOfTheApiIsDocumentedAndNothingElse() throws IOException {
        List<String> code = operations().stream().sorted().toList();
        List<String> doc = documented(document()).stream().sorted().toList();
        assertTrue(code.size() >= 20, "found the resources: " + code);
        assertEquals(code, doc);
    }
}
