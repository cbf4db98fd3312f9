package com.salescarousel.entry.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.salescarousel.json.Json;
import com.salescarousel.ops.Measure;
import com.salescarousel.push.PushSettings;
import com.salescarousel.send.UnsubscribeTokens;
import com.salescarousel.testing.TestClock;
import com.salescarousel.testing.memory.InMemoryStores;
import com.salescarousel.testing.memory.RecordingSendQueue;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The signal routes on the fast tier: the public webhook (signatures, sizes, fields, replays), the
 * managers' settings (403 for reps, every bad number named, the secret shown once) and a rep's own
 * signals and timeline. Events in, responses out, then a look at the in-memory stores and queue.
 */
class SignalRoutesTest {
    private static final Instant NOW = Instant.parse("2026-11-24T09:15:00Z");
    private static final String BODY = "{\"id\":\"evt-0001\",\"type\":\"demo_request\",\"email\":\"grace@navy.example\",\"name\":\"Grace Hopper\"}";

    private InMemoryStores stores;
    private ProspectsApiHandler handler;
    private TestClock clock;

    @BeforeEach
    void wire() {
        stores = new InMemoryStores();
        clock = new TestClock(NOW);
        handler = new ProspectsApiHandler(DaggerInMemoryProspectsApiComponent.factory().create(stores, new RecordingSendQueue(),
                new UnsubscribeTokens("test-secret-0123456789".getBytes(StandardCharsets.UTF_8)), PushSettings.OFF, clock));
    }

    /** {@code who}: null for no token, else "rep" or "manager" of acme (or "other" for a manager of globex). */
    private APIGatewayV2HTTPResponse call(String method, String path, String who, String body, Map<String, String> headers, boolean base64) {
        var context = APIGatewayV2HTTPEvent.RequestContext.builder()
                .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder().withMethod(method).withPath(path).build());
        if (who != null) {
            Map<String, String> claims = new HashMap<>(Map.of("sub", who, "email", who + "@acme.example", "name", who,
                    "custom:org", who.equals("other") ? "globex" : "acme"));
            if (!who.equals("rep")) claims.put("cognito:groups", "[managers]");
            context.withAuthorizer(APIGatewayV2HTTPEvent.RequestContext.Authorizer.builder()
                    .withJwt(APIGatewayV2HTTPEvent.RequestContext.Authorizer.JWT.builder().withClaims(claims).build()).build());
        }
        String sent = body == null ? null : base64 ? Base64.getEncoder().encodeToString(body.getBytes(StandardCharsets.UTF_8)) : body;
        return handler.handleRequest(APIGatewayV2HTTPEvent.builder().withRawPath(path).withHeaders(headers).withBody(sent)
                .withIsBase64Encoded(base64).withRequestContext(context.build()).build(), null);
    }

    private APIGatewayV2HTTPResponse call(String method, String path, String who, String body) {
        return call(method, path, who, body, Map.of(), false);
    }

    private static Map<String, Object> json(APIGatewayV2HTTPResponse r) {
        return Json.object(r.getBody());
    }

    private static List<?> invalid(APIGatewayV2HTTPResponse r) {
        return ((List<?>) json(r).get("invalid-params")).stream().map(p -> ((Map<?, ?>) p).get("name")).toList();
    }

    /** Signed as the README's openssl line signs: HMAC-SHA256 of "<t>.<body>", computed here independently. */
    static String sign(String secret, long t, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "t=" + t + ",v1=" + HexFormat.of().formatHex(mac.doFinal((t + "." + body).getBytes(StandardCharsets.UTF_8)));
    }

    private APIGatewayV2HTTPResponse hook(String org, String signature, String body) {
        return call("POST", "/hooks/signals/" + org, null, body, signature == null ? Map.of() : Map.of("carousel-signature", signature), false);
    }

    private String rotate(String who) {
        var r = call("POST", "/api/org/webhook-secret", who, null);
        assertEquals(200, r.getStatusCode(), r.getBody());
        return (String) json(r).get("secret");
    }

    private void assertNothingWritten() {
        assertTrue(stores.signalQueue().messages().isEmpty(), "nothing queued");
        assertTrue(stores.signals().event("acme", "evt-0001").isEmpty(), "nothing marked");
    }

    @Test
    void aSignedEvent_isQueued_202_andItsRetryIs200WithNothingNew() throws Exception {
        String secret = rotate("manager");
        long t = NOW.getEpochSecond();
        var r = hook("acme", sign(secret, t, BODY), BODY);
        assertEquals(202, r.getStatusCode(), r.getBody());
        assertEquals(Map.of("id", "evt-0001", "status", "accepted"), json(r));
        assertEquals(1, stores.signalQueue().messages().size());
        assertTrue(stores.signalQueue().messages().get(0).contains("\"org\":\"acme\""));
        var again = hook("acme", sign(secret, t + 30, BODY), BODY);
        assertEquals(200, again.getStatusCode());
        assertEquals("duplicate", json(again).get("status"));
        assertEquals(1, stores.signalQueue().messages().size());
        // API Gateway base64-encodes bodies of some content types: the signature covers the bytes either way.
        String other = BODY.replace("evt-0001", "evt-0002");
        var base64 = call("POST", "/hooks/signals/acme", null, other, Map.of("carousel-signature", sign(secret, t, other)), true);
        assertEquals(202, base64.getStatusCode(), base64.getBody());
        // Business metrics: the two accepted events count, the retry does not; one publication per request.
        assertEquals(2, stores.metrics().total(Measure.SIGNALS_RECEIVED));
        assertTrue(stores.metrics().published().stream().allMatch(p -> p.service().equals("prospects-api")));
    }

    @Test
    void badExpiredFutureForeignOrAlteredSignatures_are401_andWriteNothing() throws Exception {
        String secret = rotate("manager");
        String globexSecret = rotate("other");
        long t = NOW.getEpochSecond();
        String altered = BODY.replace("demo_request", "demo_requesu");
        for (var c : List.of(
                List.of("no header", ""), List.of("bad", "t=" + t + ",v1=" + "ab".repeat(32)), List.of("expired", sign(secret, t - 301, BODY)),
                List.of("future", sign(secret, t + 301, BODY)), List.of("other org's secret", sign(globexSecret, t, BODY)),
                List.of("altered by one byte", sign(secret, t, BODY) + "|" + altered))) {
            String sig = c.get(1).contains("|") ? c.get(1).substring(0, c.get(1).indexOf('|')) : c.get(1);
            String body = c.get(1).contains("|") ? altered : BODY;
            var r = hook("acme", sig.isEmpty() ? null : sig, body);
            assertEquals(401, r.getStatusCode(), c.get(0) + ": " + r.getBody());
            assertEquals("application/problem+json", r.getHeaders().get("content-type"));
        }
        var noSuchOrg = hook("nobody", sign(secret, t, BODY), BODY);
        assertEquals(401, noSuchOrg.getStatusCode());
        assertNothingWritten();
    }

    @Test
    void aBodyOver64KB_is413_andFieldsAreNamedOnlyOnceSigned() throws Exception {
        String secret = rotate("manager");
        long t = NOW.getEpochSecond();
        String big = "{\"id\":\"evt-0001\",\"detail\":\"" + "x".repeat(64 * 1024) + "\"}";
        assertEquals(413, hook("acme", sign(secret, t, big), big).getStatusCode());
        String bad = "{\"id\":\"x\",\"type\":\"fax\",\"email\":\"nope\",\"at\":\"2030-01-01T00:00:00Z\",\"extra\":true}";
        assertEquals(401, hook("acme", sign("whsec_wrong", t, bad), bad).getStatusCode(), "unsigned: no field is even read");
        var r = hook("acme", sign(secret, t, bad), bad);
        assertEquals(400, r.getStatusCode());
        assertEquals(List.of("extra", "id", "type", "email", "at"), invalid(r));
        assertNothingWritten();
    }

    @Test
    void theManagersSettings_are403ForReps_andTheSecretIsShownOnce() {
        for (var route : List.of(List.of("GET", "/api/org/scoring"), List.of("PUT", "/api/org/scoring"), List.of("GET", "/api/org/webhook"),
                List.of("POST", "/api/org/webhook-secret"))) {
            assertEquals(403, call(route.get(0), route.get(1), "rep", "{}").getStatusCode(), route.toString());
        }
        assertTrue(stores.webhookSecrets().find("acme").isEmpty());
        var before = json(call("GET", "/api/org/webhook", "manager", null));
        assertEquals("https://app.example.com/hooks/signals/acme", before.get("url"));
        assertEquals(false, before.get("configured"));
        String secret = rotate("manager");
        var after = call("GET", "/api/org/webhook", "manager", null);
        assertEquals(true, json(after).get("configured"));
        assertFalse(after.getBody().contains(secret), "never readable again");
        assertEquals(NOW.toString(), json(after).get("rotatedAt"));
    }

    @Test
    void theScoringRule_defaultsUntilAManagerChangesIt_everyBadNumberNamed() {
        var rule = json(call("GET", "/api/org/scoring", "manager", null));
        assertEquals(30, rule.get("windowDays"));
        assertEquals(List.of("pricing_page_visit", "demo_request", "rfp_request"), rule.get("highIntent"));
        var bad = call("PUT", "/api/org/scoring", "manager", "{\"windowDays\":0,\"minSignals\":2,\"minTypes\":3,\"highIntent\":[\"demo_request\",\"fax\"]}");
        assertEquals(400, bad.getStatusCode());
        assertEquals(List.of("windowDays", "minTypes", "highIntent[1]"), invalid(bad));
        var ok = call("PUT", "/api/org/scoring", "manager", "{\"windowDays\":14,\"minSignals\":4,\"minTypes\":2,\"highIntent\":[]}");
        assertEquals(200, ok.getStatusCode(), ok.getBody());
        assertEquals(14, json(call("GET", "/api/org/scoring", "manager", null)).get("windowDays"));
    }

    @Test
    void aRepRecordsASignalByHand_andTheTimelineShowsItBesideTheTouches() {
        var created = json(call("POST", "/api/prospects", "rep", "{\"name\":\"Grace Hopper\",\"email\":\"grace@navy.example\",\"tier\":\"nurture\"}"));
        String id = (String) created.get("id");
        var first = call("POST", "/api/prospects/" + id + "/signals", "rep", "{\"type\":\"rfp_request\",\"detail\":\"RFP at the booth\",\"idempotencyKey\":\"booth-0001\"}");
        assertEquals(201, first.getStatusCode(), first.getBody());
        @SuppressWarnings("unchecked")
        Map<String, Object> prospect = (Map<String, Object>) json(first).get("prospect");
        assertEquals(true, prospect.get("salesReady"));
        assertEquals("active", prospect.get("tier"));
        assertEquals(200, call("POST", "/api/prospects/" + id + "/signals", "rep", "{\"type\":\"rfp_request\",\"idempotencyKey\":\"booth-0001\"}")
                .getStatusCode());
        assertEquals(201, call("POST", "/api/prospects/" + id + "/touches", "rep", "{\"channel\":\"call\",\"outcome\":\"no_answer\"}").getStatusCode());
        var items = (List<?>) json(call("GET", "/api/prospects/" + id + "/timeline", "rep", null)).get("items");
        assertEquals(List.of("touch", "signal"), items.stream().map(i -> ((Map<?, ?>) i).get("kind")).toList());
        assertEquals(1, stores.metrics().total(Measure.SIGNALS_RECEIVED), "the replayed signal counts nothing");
        assertEquals(1, stores.metrics().touches("call"));
        var signals = (List<?>) json(call("GET", "/api/prospects/" + id + "/signals", "rep", null)).get("items");
        assertEquals("RFP request", ((Map<?, ?>) signals.get(0)).get("label"));
        assertEquals(404, call("GET", "/api/prospects/" + id + "/timeline", "other", null).getStatusCode());
        var bad = call("POST", "/api/prospects/" + id + "/signals", "rep", "{\"type\":\"fax\",\"url\":\"javascript:alert(1)\"}");
        assertEquals(List.of("type", "url"), invalid(bad));
    }

    @Test
    void theWebhookIsNotReachableUnderApi_andNeedsNoToken() {
        var underApi = call("POST", "/api/hooks/signals/acme", "rep", BODY);
        assertEquals(404, underApi.getStatusCode());
        assertNull(json(hook("acme", null, BODY)).get("invalid-params"));
    }
}
