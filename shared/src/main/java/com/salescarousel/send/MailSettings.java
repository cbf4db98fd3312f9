package com.salescarousel.send;

import java.util.Map;

/**
 * Who mail comes from and where its links point. In Lambda from the environment
 * ({@code SENDER_ADDRESS}, {@code APP_URL}, {@code SES_CONFIGURATION_SET}).
 */
public record MailSettings(String from, String appUrl, String configurationSet) {
    public static MailSettings fromEnvironment() {
        return from(System.getenv());
    }

    static MailSettings from(Map<String, String> env) {
        String from = env.get("SENDER_ADDRESS");
        String app = env.get("APP_URL");
        if (from == null || app == null) throw new IllegalStateException("SENDER_ADDRESS and APP_URL must be set");
        return new MailSettings(from, app.replaceAll("/+$", ""), env.get("SES_CONFIGURATION_SET"));
    }
}
