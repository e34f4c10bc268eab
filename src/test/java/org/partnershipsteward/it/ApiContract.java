package org.partnershipsteward.it;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.yaml.snakeyaml.Yaml;

/**
 * What the application declares about its API, discovered rather than listed by hand: every JAX-RS
 * operation with the roles of its {@code @RolesAllowed} (found by reflection over the compiled
 * resources), and its request body schema from the hand-written {@code META-INF/openapi.yaml}. A new
 * endpoint is covered by the security and bad-input tests as soon as it exists.
 */
public final class ApiContract {

    /**
     * One operation: verb, path template, the roles allowed (empty = public), the request schema, and whether its
     * resource method reads a body at all (a parameter that is not a path, query, header, form or context value).
     */
    public record Operation(String verb, String path, Set<String> roles, Map<String, Object> requestSchema, boolean takesBody) {

        public boolean isPublic() {
            return roles.isEmpty();
        }

        @Override
        public String toString() {
            return verb.toUpperCase() + " " + path;
        }
    }

    private final Map<String, Object> document;

    private ApiContract(Map<String, Object> document) {
        this.document = document;
    }

    public static ApiContract load() {
        try (InputStream in = ApiContract.class.getResourceAsStream("/META-INF/openapi.yaml")) {
            return new ApiContract(new Yaml().load(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every operation of the resources under target/classes, with roles and (where documented) its body schema. */
    public List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        for (Class<?> resource : resourceClasses()) {
            String root = "/api/" + resource.getAnnotation(Path.class).value();
            for (Method method : resource.getDeclaredMethods()) {
                String verb = method.isAnnotationPresent(GET.class) ? "get" : method.isAnnotationPresent(POST.class) ? "post"
                        : method.isAnnotationPresent(PUT.class) ? "put" : method.isAnnotationPresent(DELETE.class) ? "delete" : null;
                if (verb == null) {
                    continue;
                }
                Path sub = method.getAnnotation(Path.class);
                String path = sub == null ? root : root + "/" + sub.value();
                operations.add(new Operation(verb, path, roles(resource, method), requestSchema(path, verb), readsBody(method)));
            }
        }
        operations.sort(java.util.Comparator.comparing(Operation::toString));
        return operations;
    }

    private static Set<String> roles(Class<?> resource, Method method) {
        if (method.isAnnotationPresent(PermitAll.class)) {
            return Set.of();
        }
        RolesAllowed allowed = method.getAnnotation(RolesAllowed.class);
        if (allowed == null) {
            allowed = resource.getAnnotation(RolesAllowed.class);
        }
        if (allowed == null) {
            if (resource.isAnnotationPresent(PermitAll.class)) {
                return Set.of();
            }
            throw new AssertionError("Neither @RolesAllowed nor @PermitAll on " + resource.getSimpleName() + "." + method.getName());
        }
        return new TreeSet<>(List.of(allowed.value()));
    }

    /** Whether JAX-RS hands the method the request's body: a parameter with no {@code jakarta.ws.rs} annotation. */
    static boolean readsBody(Method method) {
        return java.util.Arrays.stream(method.getParameterAnnotations()).anyMatch(annotations -> java.util.Arrays.stream(annotations)
                .noneMatch(a -> a.annotationType().getPackageName().startsWith("jakarta.ws.rs")));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> requestSchema(String path, String verb) {
        Map<String, Object> paths = (Map<String, Object>) document.get("paths");
        Map<String, Object> item = (Map<String, Object>) paths.get(path);
        Map<String, Object> op = item == null ? null : (Map<String, Object>) item.get(verb);
        Map<String, Object> body = op == null ? null : (Map<String, Object>) op.get("requestBody");
        if (body == null) {
            return null;
        }
        Map<String, Object> content = (Map<String, Object>) body.get("content");
        Map<String, Object> json = content == null ? null : (Map<String, Object>) content.get("application/json");
        return json == null ? null : resolve((Map<String, Object>) json.get("schema"));
    }

    /** Follows a {@code $ref} to its component schema; merges the parts of an {@code allOf}. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> resolve(Map<String, Object> schema) {
        if (schema == null) {
            return null;
        }
        Object ref = schema.get("$ref");
        if (ref != null) {
            String name = ref.toString().substring(ref.toString().lastIndexOf('/') + 1);
            Map<String, Object> components = (Map<String, Object>) document.get("components");
            return resolve((Map<String, Object>) ((Map<String, Object>) components.get("schemas")).get(name));
        }
        if (schema.containsKey("allOf")) {
            Map<String, Object> merged = new LinkedHashMap<>();
            Map<String, Object> properties = new LinkedHashMap<>();
            List<Object> required = new ArrayList<>();
            for (Object part : (List<Object>) schema.get("allOf")) {
                Map<String, Object> p = resolve((Map<String, Object>) part);
                if (p.get("properties") != null) {
                    properties.putAll((Map<String, Object>) p.get("properties"));
                }
                if (p.get("required") != null) {
                    required.addAll((List<Object>) p.get("required"));
                }
            }
            merged.put("type", "object");
            merged.put("properties", properties);
            merged.put("required", required);
            return merged;
        }
        return schema;
    }

    private static List<Class<?>> resourceClasses() {
        java.nio.file.Path classes = Paths.get("target/classes");
        try (Stream<java.nio.file.Path> files = Files.walk(classes)) {
            List<Class<?>> found = new ArrayList<>();
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith("Resource.class")).toList()) {
                String name = classes.relativize(file).toString().replace(java.io.File.separatorChar, '.');
                Class<?> type = Class.forName(name.substring(0, name.length() - ".class".length()));
                if (type.isAnnotationPresent(Path.class)) {
                    found.add(type);
                }
            }
            if (found.size() < 5) {
                throw new AssertionError("Found too few resources under " + classes.toAbsolutePath() + ": " + found);
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
