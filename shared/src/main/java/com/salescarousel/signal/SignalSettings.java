package com.salescarousel.signal;

import com.salescarousel.wiring.AwsEndpoint;
import java.util.Map;

/**
 * Where the signal pieces of the API are: the app's public URL (the hook's address starts with it), the
 * key-service key that seals webhook secrets, the signal queue. In Lambda from {@code APP_URL},
 * {@code WEBHOOK_KEY_ID}, {@code SIGNAL_QUEUE_URL} and, off AWS, {@code KMS_ENDPOINT}. Read leniently:
 * a graph without them builds, and only the signal routes fail, naming what is missing.
 */
public record SignalSettings(String appUrl, String webhookKeyId, String signalQueueUrl, AwsEndpoint kms) {

    public static SignalSettings fromEnvironment() {
        Map<String, String> env = System.getenv();
        String app = env.get("APP_URL");
        return new SignalSettings(app == null ? null : app.replaceAll("/+$", ""), env.get("WEBHOOK_KEY_ID"),
                env.get("SIGNAL_QUEUE_URL"), AwsEndpoint.fromEnvironment("KMS_ENDPOINT"));
    }

    /** {@code value}, or a clear failure naming the variable. */
    public static String required(String value, String variable) {
        if (value == null || value.isBlank()) throw new IllegalStateException(variable + " is not set: the signal routes are not configured");
        return value;
    }
}
