package com.salescarousel.json;

import com.salescarousel.error.FieldError;
import com.salescarousel.error.Invalid;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Typed, validated reads of a JSON object. Every problem is collected with its field name and
 * {@link #done()} throws them together, so one request tells the client everything that is wrong.
 */
public final class JsonInput {
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}$");

    private final Map<String, Object> fields;
    private final List<FieldError> errors = new ArrayList<>();

    public JsonInput(Map<String, Object> fields, Set<String> allowed) {
        this.fields = fields;
        for (String name : fields.keySet()) {
            if (!allowed.contains(name)) errors.add(new FieldError(name, "unknown field"));
        }
    }

    public static JsonInput of(String body, Set<String> allowed) {
        return new JsonInput(Json.object(body), allowed);
    }

    public boolean has(String field) {
        return fields.containsKey(field);
    }

    public void fail(String field, String reason) {
        errors.add(new FieldError(field, reason));
    }

    /** An optional string, trimmed; null when absent, JSON null or blank. */
    public String string(String field, int maxLength) {
        Object v = fields.get(field);
        if (v == null) return null;
        if (!(v instanceof String s)) {
            fail(field, "must be a string");
            return null;
        }
        String t = s.strip();
        if (t.length() > maxLength) {
            fail(field, "must be at most " + maxLength + " characters");
            return null;
        }
        if (t.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\t' && c != '\r')) {
            fail(field, "must not contain control characters");
            return null;
        }
        return t.isEmpty() ? null : t;
    }

    public String requiredString(String field, int maxLength) {
        String s = string(field, maxLength);
        if (s == null && !hasError(field)) fail(field, "is required");
        return s;
    }

    /** What a client may send as {@code idempotencyKey}: 8-128 letters, digits or {@code . _ : -}. */
    private static final java.util.regex.Pattern IDEMPOTENCY_KEY = java.util.regex.Pattern.compile("[A-Za-z0-9._:-]{8,128}");

    /** The optional {@code idempotencyKey} of a write a phone may replay; null when absent or bad (then named). */
    public String idempotencyKey() {
        String key = line("idempotencyKey", 128);
        if (key != null && !IDEMPOTENCY_KEY.matcher(key).matches()) {
            fail("idempotencyKey", "must be 8-128 letters, digits or . _ : -");
            return null;
        }
        return key;
    }

    /** An ISO-8601 instant with an offset ({@code 2026-11-24T09:30:00Z}); null when absent or bad (then named). */
    public java.time.Instant instant(String field) {
        String s = line(field, 40);
        if (s == null) return null;
        try {
            return java.time.OffsetDateTime.parse(s).toInstant();
        } catch (java.time.DateTimeException e) {
            fail(field, "must be an ISO-8601 instant with offset, such as 2026-11-24T09:30:00Z");
            return null;
        }
    }

    /** A single-line string: names, companies and the like never carry line breaks. */
    public String line(String field, int maxLength) {
        String s = string(field, maxLength);
        if (s != null && (s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0)) {
            fail(field, "must be a single line");
            return null;
        }
        return s;
    }

    public String email(String field) {
        String s = line(field, 254);
        if (s != null && !EMAIL.matcher(s).matches()) {
            fail(field, "must be an e-mail address like name@example.com");
            return null;
        }
        return s;
    }

    public Integer integer(String field, int min, int max) {
        Object v = fields.get(field);
        if (v == null) return null;
        BigInteger n;
        if (v instanceof Integer || v instanceof Long || v instanceof Short) {
            n = BigInteger.valueOf(((Number) v).longValue());
        } else if (v instanceof BigInteger b) {
            n = b;
        } else if (v instanceof BigDecimal d && d.stripTrailingZeros().scale() <= 0) {
            n = d.toBigInteger();
        } else {
            fail(field, "must be a whole number");
            return null;
        }
        // Compared whole: a huge number's low 64 bits (longValue) could look like a fine hour.
        if (n.compareTo(BigInteger.valueOf(min)) < 0 || n.compareTo(BigInteger.valueOf(max)) > 0) {
            fail(field, "must be between " + min + " and " + max);
            return null;
        }
        return n.intValueExact();
    }

    public Boolean bool(String field) {
        Object v = fields.get(field);
        if (v == null) return null;
        if (!(v instanceof Boolean b)) {
            fail(field, "must be true or false");
            return null;
        }
        return b;
    }

    public List<String> strings(String field, int maxItems, int maxLength) {
        Object v = fields.get(field);
        if (v == null || "".equals(v)) return null; // "" clears, as it does for strings
        if (!(v instanceof List<?> list)) {
            fail(field, "must be a list of strings");
            return null;
        }
        if (list.size() > maxItems) {
            fail(field, "must have at most " + maxItems + " entries");
            return null;
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            if (!(list.get(i) instanceof String s) || s.isBlank()) {
                fail(field + "[" + i + "]", "must be a non-empty string");
                return null;
            }
            if (s.strip().length() > maxLength) {
                fail(field + "[" + i + "]", "must be at most " + maxLength + " characters");
                return null;
            }
            if (s.strip().chars().anyMatch(c -> c < 0x20)) {
                fail(field + "[" + i + "]", "must be a single line without control characters");
                return null;
            }
            if (!out.contains(s.strip())) out.add(s.strip());
        }
        return out;
    }

    /** A JSON object, to read with its own {@link JsonInput}; null when absent or JSON null. */
    public Map<String, Object> object(String field) {
        Object v = fields.get(field);
        if (v == null) return null;
        if (!(v instanceof Map)) {
            fail(field, "must be an object");
            return null;
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> out = (Map<String, Object>) v;
        return out;
    }

    /** A list of JSON objects, each read with its own {@link JsonInput} whose errors are prefixed. */
    public List<Map<String, Object>> objects(String field, int maxItems) {
        Object v = fields.get(field);
        if (v == null) return null;
        if (!(v instanceof List<?> list) || list.stream().anyMatch(e -> !(e instanceof Map))) {
            fail(field, "must be a list of objects");
            return null;
        }
        if (list.size() > maxItems) {
            fail(field, "must have at most " + maxItems + " entries");
            return null;
        }
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> out = (List<Map<String, Object>>) list;
        return out;
    }

    /** Adopts a nested object's errors under {@code prefix}. */
    public void adopt(String prefix, JsonInput nested) {
        nested.errors.forEach(e -> errors.add(new FieldError(prefix + "." + e.name(), e.reason())));
        nested.errors.clear();
    }

    public boolean hasError(String field) {
        return errors.stream().anyMatch(e -> e.name().equals(field));
    }

    /** A field that was sent but came out empty, where empty is not allowed (PATCH of a name). */
    public void notEmptyIfSent(String field, Object value) {
        if (has(field) && value == null && !hasError(field)) fail(field, "cannot be empty");
    }

    /** What was collected so far, for a caller that adds what only it can judge before failing. */
    public List<FieldError> errors() {
        return List.copyOf(errors);
    }

    public boolean ok() {
        return errors.isEmpty();
    }

    /** Throws every collected error as one {@link Invalid}; nothing has been written yet when this runs. */
    public void done() {
        Invalid.throwIfAny(errors);
    }
}
