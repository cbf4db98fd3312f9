package com.salescarousel.testing;

import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.salescarousel.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lambda events from JSON files under a module's test resources, read by the Lambda runtime's own
 * serializers (as {@code aws-lambda-java-tests}' {@code EventLoader} does). A file may hold
 * {@code ${name}} placeholders for what only exists at run time (a prospect's id, a cursor); every
 * one must be given a value, so a typo fails loudly instead of sending a literal {@code ${...}}.
 */
public final class EventFiles {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z][A-Za-z0-9]*)}");

    private EventFiles() {}

    public static <T> T event(Class<T> type, String resource, Map<String, String> values) {
        return LambdaEventSerializers.serializerFor(type, EventFiles.class.getClassLoader()).fromJson(json(resource, values));
    }

    /** For handlers that take the event as a map (the hourly schedule), as the runtime hands it over. */
    public static Map<String, Object> map(String resource, Map<String, String> values) {
        return Json.object(json(resource, values));
    }

    public static String json(String resource, Map<String, String> values) {
        String text;
        try (InputStream in = EventFiles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IllegalArgumentException("no test resource " + resource);
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) throw new IllegalArgumentException(resource + " needs a value for ${" + m.group(1) + "}");
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        return m.appendTail(out).toString();
    }
}
