package com.salescarousel.entry.sender;

import com.salescarousel.json.Json;
import com.salescarousel.send.Suppressions;
import java.util.List;
import java.util.Map;

/**
 * SES bounce and complaint events (configuration-set event destination → SNS → this queue): a
 * permanent bounce or any complaint suppresses the address everywhere.
 */
final class SesEvents {
    private SesEvents() {}

    /** True when the body was an SES event (handled); false when it is something else. */
    @SuppressWarnings("unchecked")
    static boolean handle(Map<String, Object> body, Suppressions suppressions) {
        Map<String, Object> event = body;
        if ("Notification".equals(body.get("Type")) && body.get("Message") instanceof String m) {
            event = Json.object(m); // an SNS envelope
        }
        Object type = event.containsKey("eventType") ? event.get("eventType") : event.get("notificationType");
        if ("Bounce".equals(type)) {
            Map<String, Object> bounce = (Map<String, Object>) event.get("bounce");
            if (!"Permanent".equals(bounce.get("bounceType"))) return true; // transient: SES retries itself
            for (Map<String, Object> r : (List<Map<String, Object>>) bounce.get("bouncedRecipients")) {
                suppressions.suppressEverywhere((String) r.get("emailAddress"), "bounce");
            }
            return true;
        }
        if ("Complaint".equals(type)) {
            Map<String, Object> complaint = (Map<String, Object>) event.get("complaint");
            for (Map<String, Object> r : (List<Map<String, Object>>) complaint.get("complainedRecipients")) {
                suppressions.suppressEverywhere((String) r.get("emailAddress"), "complaint");
            }
            return true;
        }
        return type != null;
    }
}
