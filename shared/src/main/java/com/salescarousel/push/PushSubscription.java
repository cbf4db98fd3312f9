package com.salescarousel.push;

import java.time.Instant;

/** One browser's Web Push subscription (RFC 8030/8291): where to post, and the keys to encrypt for it. */
public record PushSubscription(String repId, String endpoint, String p256dh, String auth, Instant createdAt) {}
