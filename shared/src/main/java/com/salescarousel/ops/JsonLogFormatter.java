package com.salescarousel.ops;

import com.salescarousel.json.Json;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Formatter;
import java.util.logging.LogRecord;

/**
 * java.util.logging as one JSON object per line: CloudWatch Logs Insights reads the fields, a stack
 * trace stays in its record instead of becoming one log event per line, and {@code correlationId}
 * ({@link Correlation}) finds every line of one request or message. Lambda's own JSON log format
 * (LoggingConfig) structures only LambdaLogger and Log4j2 output on Java, and leaves lines that are
 * already JSON as they are, so this formatter works under either setting.
 */
public final class JsonLogFormatter extends Formatter {
    private final String service;

    public JsonLogFormatter(String service) {
        this.service = service;
    }

    @Override
    public String format(LogRecord r) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("timestamp", Instant.ofEpochMilli(r.getMillis()).toString());
        line.put("level", r.getLevel().getName());
        line.put("service", service);
        line.put("logger", r.getLoggerName());
        line.put("message", formatMessage(r));
        String id = Correlation.id();
        if (id != null) line.put("correlationId", id);
        if (r.getThrown() != null) {
            StringWriter trace = new StringWriter();
            r.getThrown().printStackTrace(new PrintWriter(trace));
            line.put("error", trace.toString());
        }
        return Json.write(line) + System.lineSeparator();
    }
}
