package com.salescarousel.entry.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.salescarousel.cadence.Holidays;
import com.salescarousel.wiring.SnapStartPriming;
import java.time.LocalDate;
import java.util.Map;
import java.util.logging.Logger;

/**
 * SnapStart priming: before Lambda snapshots the initialised function, run one request through the
 * whole handler so the snapshot holds loaded, linked and partly compiled classes for event decoding,
 * routing, the DynamoDB client (endpoint rules, signing, the HTTP client, JSON protocol) and our JSON
 * and problem writers, instead of paying for them on the first real request after restore.
 *
 * <p>The request is {@code GET /api/prospects/<id>} for an id that cannot exist, as a caller in an org
 * that cannot exist ({@code snapstart-priming}): one DynamoDB GetItem on a missing key and a 404. A
 * read writes nothing, needs no permission the function lacks (it already reads the table), and its
 * answer is the same whatever is in the table. Nothing is sent to SQS: its only operation we may call
 * is SendMessage, which would queue work. The connection opened here is not reused after restore:
 * HttpURLConnection's keep-alive cache drops idle connections by wall-clock age, and restore happens
 * long after the snapshot.
 */
public final class ProspectsApiPriming extends SnapStartPriming {
    private static final Logger LOG = Logger.getLogger(ProspectsApiPriming.class.getName());
    static final String ORG = "snapstart-priming";
    /** A well-formed ULID (26 Crockford characters) that no prospect has: ids are minted from the clock. */
    static final String MISSING_ID = "00000000000000000000000000";

    private final ProspectsApiHandler handler;

    ProspectsApiPriming(ProspectsApiHandler handler) {
        this.handler = handler;
    }

    @Override
    protected void warm() {
        prime();
        // Public holidays: Jollyday reads a country's rules with JAXB, some 300 ms the first time in a JVM
        // (bench/README.md); paid here, before the snapshot, not by the first rep with a holiday calendar.
        Holidays.of("US").test(LocalDate.of(2026, 1, 1));
    }

    /** The priming request; returns its status (404 when everything worked). Public for the benchmark. */
    public int prime() {
        APIGatewayV2HTTPResponse r = handler.handleRequest(event(), null);
        if (r.getStatusCode() != 404) LOG.warning("priming request answered " + r.getStatusCode() + ": " + r.getBody());
        return r.getStatusCode();
    }

    static APIGatewayV2HTTPEvent event() {
        String path = "/api/prospects/" + MISSING_ID;
        return APIGatewayV2HTTPEvent.builder()
                .withVersion("2.0")
                .withRouteKey("ANY /api/{proxy+}")
                .withRawPath(path)
                .withRawQueryString("")
                .withHeaders(Map.of("accept", "application/json"))
                .withIsBase64Encoded(false)
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withRequestId("snapstart-priming")
                        .withStage("$default")
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder()
                                .withMethod("GET").withPath(path).withProtocol("HTTP/1.1").build())
                        .withAuthorizer(APIGatewayV2HTTPEvent.RequestContext.Authorizer.builder()
                                .withJwt(APIGatewayV2HTTPEvent.RequestContext.Authorizer.JWT.builder()
                                        .withClaims(Map.of("sub", "snapstart-priming", "custom:org", ORG,
                                                "email", "priming@invalid", "name", "SnapStart priming",
                                                "cognito:groups", "[reps]"))
                                        .build())
                                .build())
                        .build())
                .build();
    }
}
