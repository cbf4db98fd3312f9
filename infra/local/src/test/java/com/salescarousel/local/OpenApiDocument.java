package com.salescarousel.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The API description, {@code openapi.yaml} at the repo root, read from the classpath (the local
 * cloud's jar carries it at {@value #RESOURCE}): its operations and the parts of it a check needs.
 * Plain Jackson, no OpenAPI library, so a test can hold the operations against the router.
 */
public final class OpenApiDocument {
    public static final String RESOURCE = "/openapi.yaml";
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");

    /** One documented call: the method upper-case, the path as templated ({@code /api/prospects/{id}}). */
    public record Operation(String method, String path) {
        /**
         * Whether a request path (no query string) fits the template: a {@code {name}} is one non-empty
         * segment, {@code {name}.ics} one that ends so and has something before it.
         */
        public boolean matches(String requestPath) {
            String[] want = path.split("/", -1), got = requestPath.split("/", -1);
            if (want.length != got.length) return false;
            for (int i = 0; i < want.length; i++) {
                int close = want[i].indexOf('}');
                boolean parameter = want[i].startsWith("{") && close > 0;
                String ending = parameter ? want[i].substring(close + 1) : "";
                if (parameter ? got[i].length() <= ending.length() || !got[i].endsWith(ending) : !want[i].equals(got[i])) return false;
            }
            return true;
        }

        long parameters() {
            return path.chars().filter(c -> c == '{').count();
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private final JsonNode root;

    private OpenApiDocument(JsonNode root) {
        this.root = root;
    }

    public static OpenApiDocument load() {
        try (InputStream in = OpenApiDocument.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException(RESOURCE + " is not on the classpath (infra/local/pom.xml adds it)");
            return new OpenApiDocument(YAMLMapper.builder().build().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public JsonNode root() {
        return root;
    }

    /** Every (method, path) the document describes, sorted by path then method. */
    public List<Operation> operations() {
        List<Operation> out = new ArrayList<>();
        for (var path : root.path("paths").properties()) {
            for (String key : path.getValue().propertyNames()) {
                if (METHODS.contains(key)) out.add(new Operation(key.toUpperCase(Locale.ROOT), path.getKey()));
            }
        }
        out.sort(Comparator.comparing(Operation::path).thenComparing(Operation::method));
        return out;
    }

    /** The operation a request is for; a literal segment wins over a template ({@code /push/subscription} over {@code /push/{x}}). */
    public Optional<Operation> find(String method, String requestPath) {
        return operations().stream()
                .filter(o -> o.method().equals(method.toUpperCase(Locale.ROOT)) && o.matches(requestPath))
                .min(Comparator.comparingLong(Operation::parameters));
    }

    /** The operation object, at {@code /paths/<path>/<method>}. */
    public JsonNode node(Operation op) {
        return root.path("paths").path(op.path()).path(op.method().toLowerCase(Locale.ROOT));
    }

    /** JSON pointer of an operation's object, for schema locations. */
    public static String pointer(Operation op) {
        return "/paths/" + escape(op.path()) + "/" + op.method().toLowerCase(Locale.ROOT);
    }

    /** A JSON pointer token (RFC 6901): {@code ~} and {@code /} escaped. */
    public static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    /** Follows a local {@code $ref} (as many as chained); returns the object and the pointer it lives at. */
    public Located resolve(JsonNode node, String pointer) {
        for (int hops = 0; node.has("$ref"); hops++) {
            String ref = node.get("$ref").asString();
            if (!ref.startsWith("#/") || hops > 10) throw new IllegalStateException("unsupported $ref " + ref + " at " + pointer);
            pointer = ref.substring(1);
            node = root.at(pointer);
            if (node.isMissingNode()) throw new IllegalStateException("dangling $ref " + ref);
        }
        return new Located(node, pointer);
    }

    /** A part of the document and its JSON pointer. */
    public record Located(JsonNode node, String pointer) {}
}
