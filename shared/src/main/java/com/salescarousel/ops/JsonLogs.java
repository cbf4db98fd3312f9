package com.salescarousel.ops;

import java.util.logging.Handler;
import java.util.logging.LogManager;
import java.util.logging.Logger;

/** Switches java.util.logging's console output to JSON lines; Lambda's no-arg handler constructors call it. */
public final class JsonLogs {
    private JsonLogs() {}

    /** @param service the function's short name, unless {@code POWERTOOLS_SERVICE_NAME} names another */
    public static void install(String service) {
        String s = System.getenv(Invocations.SERVICE);
        JsonLogFormatter json = new JsonLogFormatter(s == null || s.isBlank() ? service : s);
        Logger root = LogManager.getLogManager().getLogger("");
        for (Handler h : root.getHandlers()) h.setFormatter(json);
    }
}
