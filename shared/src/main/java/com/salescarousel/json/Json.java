package com.salescarousel.json;

import com.fasterxml.jackson.jr.ob.JSON;
import com.salescarousel.error.Invalid;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * JSON in and out through jackson-jr: a few hundred KB, no reflection-heavy binding at init. Nulls
 * are written, so every documented field is present in a response.
 */
public final class Json {
    private static final JSON JSON_IO = JSON.builder().enable(JSON.Feature.WRITE_NULL_PROPERTIES).build();

    private Json() {}

    /** Parses a request body that must be one JSON object; anything else is {@link Invalid} on {@code body}. */
    public static Map<String, Object> object(String body) {
        if (body == null || body.isBlank()) throw Invalid.of("body", "a JSON object is required");
        try {
            Object parsed = JSON_IO.anyFrom(body);
            if (!(parsed instanceof Map<?, ?> m)) throw Invalid.of("body", "must be a JSON object");
            @SuppressWarnings("unchecked")
            Map<String, Object> map = (Map<String, Object>) m;
            return map;
        } catch (IOException e) {
            throw Invalid.of("body", "malformed JSON: " + firstLine(e.getMessage()));
        }
    }

    public static String write(Object value) {
        try {
            return JSON_IO.asString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String firstLine(String s) {
        if (s == null) return "unreadable";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
