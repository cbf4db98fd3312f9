package com.salescarousel.testing.memory;

import com.salescarousel.push.PushSubscription;
import com.salescarousel.push.Pusher;
import java.util.ArrayList;
import java.util.List;

/**
 * A push service that answers by endpoint: one containing {@code gone} is an expired subscription
 * (404/410), one containing {@code fail} an error; every other is delivered. Keeps what was pushed.
 */
public final class ScriptedPusher implements Pusher {
    /** One push: the device and the JSON payload it was sent. */
    public record Pushed(String endpoint, String payloadJson) {}

    private final List<Pushed> pushed = new ArrayList<>();

    @Override
    public synchronized Delivery push(PushSubscription s, String payloadJson) {
        pushed.add(new Pushed(s.endpoint(), payloadJson));
        if (s.endpoint().contains("gone")) return Delivery.GONE;
        return s.endpoint().contains("fail") ? Delivery.FAILED : Delivery.DELIVERED;
    }

    public synchronized List<Pushed> pushed() {
        return List.copyOf(pushed);
    }
}
