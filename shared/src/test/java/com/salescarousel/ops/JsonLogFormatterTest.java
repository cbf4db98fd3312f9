package com.salescarousel.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salescarousel.json.Json;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.StreamHandler;
import org.junit.jupiter.api.Test;

/** Log lines as CloudWatch Logs Insights will read them: one JSON object per line, with the request's correlation id. */
class JsonLogFormatterTest {

    @Test
    void eachLine_isOneJsonObject_carryingTheCorrelationIdOfItsInvocation() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StreamHandler h = new StreamHandler(out, new JsonLogFormatter("touch-sender"));
        Logger log = Logger.getLogger("test.json-logs");
        log.setUseParentHandlers(false);
        log.addHandler(h);
        Invocations invocations = new Invocations((service, tally) -> { }, null);
        try (var batch = invocations.open("touch-sender", "m-1")) {
            log.info("first");
            batch.correlate("m-2");
            log.log(Level.SEVERE, "second\nspans lines", new IllegalStateException("boom"));
        }
        log.info("after");
        h.flush();
        log.removeHandler(h);

        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(3, lines.size(), "a multi-line message and its stack trace stay one line");
        Map<String, Object> first = Json.object(lines.get(0));
        assertEquals("m-1", first.get("correlationId"));
        assertEquals("INFO", first.get("level"));
        assertEquals("first", first.get("message"));
        assertEquals("touch-sender", first.get("service"));
        assertEquals("test.json-logs", first.get("logger"));
        Map<String, Object> second = Json.object(lines.get(1));
        assertEquals("m-2", second.get("correlationId"));
        assertEquals("SEVERE", second.get("level"));
        assertEquals("second\nspans lines", second.get("message"));
        assertTrue(((String) second.get("error")).startsWith("java.lang.IllegalStateException: boom"));
        assertFalse(Json.object(lines.get(2)).containsKey("correlationId"), "outside an invocation there is none");
    }
}
