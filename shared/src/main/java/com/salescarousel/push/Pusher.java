package com.salescarousel.push;

/** Delivers one encrypted Web Push message to one subscription. */
public interface Pusher {
    enum Delivery { DELIVERED, GONE, FAILED }

    Delivery push(PushSubscription subscription, String payloadJson);

    /** For deployments without VAPID keys: nothing is pushed. */
    Pusher OFF = (s, p) -> Delivery.FAILED;
}
