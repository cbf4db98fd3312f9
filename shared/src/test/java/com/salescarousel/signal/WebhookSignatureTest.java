package com.salescarousel.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** Stripe-style signatures: the good one, and every way of getting it wrong. */
class WebhookSignatureTest {
    static final Instant NOW = Instant.parse("2026-11-24T09:00:00Z");
    static final byte[] SECRET = "whsec_test-secret-for-acme".getBytes(StandardCharsets.UTF_8);
    static final byte[] BODY = "{\"id\":\"evt-0001\",\"type\":\"demo_request\",\"email\":\"grace@navy.example\"}".getBytes(StandardCharsets.UTF_8);

    /** What openssl computes: HMAC-SHA256 of "<t>.<body>", hex; independent of the code under test. */
    static String header(byte[] secret, long t, byte[] body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret, "HmacSHA256"));
        mac.update((t + ".").getBytes(StandardCharsets.UTF_8));
        return "t=" + t + ",v1=" + HexFormat.of().formatHex(mac.doFinal(body));
    }

    @Test
    void aGoodSignature_isValid_andSignMakesTheSameHeader() throws Exception {
        long t = NOW.getEpochSecond() - 10;
        assertEquals(WebhookSignature.Verdict.VALID, WebhookSignature.verify(SECRET, header(SECRET, t, BODY), BODY, NOW));
        assertEquals(header(SECRET, t, BODY), WebhookSignature.sign(SECRET, t, BODY));
    }

    @Test
    void theWindowIsFiveMinutes_bothWays() throws Exception {
        long t = NOW.getEpochSecond();
        assertEquals(WebhookSignature.Verdict.VALID, WebhookSignature.verify(SECRET, header(SECRET, t - 300, BODY), BODY, NOW));
        assertEquals(WebhookSignature.Verdict.EXPIRED, WebhookSignature.verify(SECRET, header(SECRET, t - 301, BODY), BODY, NOW));
        assertEquals(WebhookSignature.Verdict.VALID, WebhookSignature.verify(SECRET, header(SECRET, t + 300, BODY), BODY, NOW));
        assertEquals(WebhookSignature.Verdict.FUTURE, WebhookSignature.verify(SECRET, header(SECRET, t + 301, BODY), BODY, NOW));
    }

    @Test
    void anotherSecret_aBodyAlteredByOneByte_orABadSignature_doNotMatch() throws Exception {
        long t = NOW.getEpochSecond();
        byte[] other = "whsec_the-other-orgs-secret".getBytes(StandardCharsets.UTF_8);
        assertEquals(WebhookSignature.Verdict.MISMATCH, WebhookSignature.verify(SECRET, header(other, t, BODY), BODY, NOW));
        byte[] altered = BODY.clone();
        altered[altered.length - 3] ^= 1;
        assertEquals(WebhookSignature.Verdict.MISMATCH, WebhookSignature.verify(SECRET, header(SECRET, t, BODY), altered, NOW));
        assertEquals(WebhookSignature.Verdict.MISMATCH, WebhookSignature.verify(SECRET, "t=" + t + ",v1=" + "0".repeat(64), BODY, NOW));
        // The timestamp is signed too: moving it breaks the signature.
        String moved = header(SECRET, t, BODY).replace("t=" + t, "t=" + (t - 1));
        assertEquals(WebhookSignature.Verdict.MISMATCH, WebhookSignature.verify(SECRET, moved, BODY, NOW));
    }

    @Test
    void anOrgWithoutASecret_neverMatches_evenTheAllZeroKeysSignature() throws Exception {
        long t = NOW.getEpochSecond();
        assertEquals(WebhookSignature.Verdict.MISMATCH, WebhookSignature.verify(null, header(new byte[32], t, BODY), BODY, NOW));
    }

    @Test
    void malformedHeaders_areRefused() {
        long t = NOW.getEpochSecond();
        for (String h : new String[] {null, "", "t=" + t, "v1=" + "a".repeat(64), "t=abc,v1=" + "a".repeat(64),
                "t=" + t + ",v1=xyz", "t=" + t + ",v0=" + "a".repeat(64), "x".repeat(2000)}) {
            assertEquals(WebhookSignature.Verdict.MALFORMED, WebhookSignature.verify(SECRET, h, BODY, NOW), String.valueOf(h));
        }
    }

    @Test
    void duringARotation_oneMatchingValueOfSeveral_isEnough() throws Exception {
        long t = NOW.getEpochSecond();
        String good = header(SECRET, t, BODY);
        String both = "t=" + t + ",v1=" + "0".repeat(64) + "," + good.substring(good.indexOf("v1="));
        assertEquals(WebhookSignature.Verdict.VALID, WebhookSignature.verify(SECRET, both, BODY, NOW));
    }
}
