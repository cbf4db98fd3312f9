package com.salescarousel.entry.sender;

import com.interaso.webpush.VapidKeys;
import com.interaso.webpush.WebPush;
import com.salescarousel.push.PushEndpoints;
import com.salescarousel.push.PushSettings;
import com.salescarousel.push.PushSubscription;
import com.salescarousel.push.Pusher;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Web Push with VAPID: the library encrypts (RFC 8291, aes128gcm) and signs (RFC 8292, ES256) with
 * the JDK's crypto; the POST itself goes through HttpURLConnection, like the SDK clients, so no
 * second HTTP stack is loaded. 404/410 mean the subscription is gone for good.
 */
final class WebPushPusher implements Pusher {
    private static final Logger LOG = Logger.getLogger(WebPushPusher.class.getName());
    private static final int TTL_SECONDS = 12 * 3600; // a digest older than half a day is noise
    private static final Base64.Decoder B64 = Base64.getUrlDecoder();

    private final WebPush webPush;
    private final boolean allowPrivate;

    WebPushPusher(PushSettings settings) {
        VapidKeys keys = VapidKeys.fromUncompressedBytes(settings.publicKey().orElseThrow(), settings.privateKey().orElseThrow());
        this.webPush = new WebPush(settings.subject(), keys);
        this.allowPrivate = settings.allowPrivateEndpoints();
    }

    @Override
    public Delivery push(PushSubscription s, String payloadJson) {
        // Checked again now, after DNS: the host may resolve somewhere else than when the rep subscribed.
        if (PushEndpoints.refusal(s.endpoint(), allowPrivate).isPresent() || !PushEndpoints.safeToCall(host(s.endpoint()), allowPrivate)) {
            LOG.warning("push endpoint " + host(s.endpoint()) + " is not a public push service; the subscription is dropped");
            return Delivery.GONE;
        }
        try {
            byte[] body = webPush.getBody(payloadJson.getBytes(StandardCharsets.UTF_8), B64.decode(s.p256dh().replace("=", "")),
                    B64.decode(s.auth().replace("=", "")));
            Map<String, String> headers = webPush.getHeaders(s.endpoint(), TTL_SECONDS, null, WebPush.Urgency.Normal);
            HttpURLConnection c = (HttpURLConnection) URI.create(s.endpoint()).toURL().openConnection();
            c.setConnectTimeout(5_000);
            c.setReadTimeout(10_000);
            c.setRequestMethod("POST");
            c.setInstanceFollowRedirects(false); // a redirect could lead anywhere; push services do not send one
            c.setDoOutput(true);
            headers.forEach(c::setRequestProperty);
            try (OutputStream out = c.getOutputStream()) {
                out.write(body);
            }
            int status = c.getResponseCode();
            String answer = "";
            try (InputStream in = status >= 400 ? c.getErrorStream() : c.getInputStream()) {
                if (in != null) answer = new String(in.readNBytes(500), StandardCharsets.UTF_8);
            }
            if (status == 404 || status == 410) return Delivery.GONE;
            if (status >= 200 && status < 300) return Delivery.DELIVERED;
            LOG.warning("push service answered " + status + " for " + host(s.endpoint()) + ": " + answer);
            return Delivery.FAILED;
        } catch (IOException | RuntimeException e) {
            LOG.warning("push to " + host(s.endpoint()) + " failed: " + e);
            return Delivery.FAILED;
        }
    }

    private static String host(String endpoint) {
        return URI.create(endpoint).getHost();
    }
}
