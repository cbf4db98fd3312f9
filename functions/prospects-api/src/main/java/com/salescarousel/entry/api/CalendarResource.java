package com.salescarousel.entry.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.salescarousel.calendar.CalendarFeeds;
import com.salescarousel.error.NotFound;
import com.salescarousel.rep.Caller;
import com.salescarousel.rep.Reps;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.inject.Inject;

/**
 * {@code POST /api/calendar} makes (or rotates) the rep's secret feed URL; {@code GET /cal/{token}.ics}
 * is the feed, public because calendar apps cannot sign in: the token is the key.
 */
final class CalendarResource {
    private final Reps reps;
    private final CalendarFeeds feeds;
    /** The app's origin for links (template.yaml sets it); without it, the request's own host (the local cloud). */
    private final String appUrl = System.getenv("APP_URL");

    @Inject
    CalendarResource(Reps reps, CalendarFeeds feeds) {
        this.reps = reps;
        this.feeds = feeds;
    }

    APIGatewayV2HTTPResponse rotate(ApiRequest req, Caller caller) {
        String token = feeds.rotate(reps.profileOf(caller));
        String url = origin(req) + "/cal/" + token + ".ics";
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("url", url);
        body.put("webcal", url.replaceFirst("^https?://", "webcal://"));
        return ApiResponse.json(200, body);
    }

    /** An open route: no caller. An unknown or rotated token is 404, like any id that is not yours. */
    APIGatewayV2HTTPResponse feed(ApiRequest req, Caller none) {
        return feeds.feed(req.path("token"), origin(req))
                .map(ics -> ApiResponse.text(200, "text/calendar", ics, Map.of("cache-control", "private, max-age=300")))
                .orElseThrow(() -> new NotFound("calendar feed"));
    }

    private String origin(ApiRequest req) {
        if (appUrl != null && !appUrl.isBlank()) return appUrl.replaceAll("/+$", "");
        String host = req.header("host").orElse("localhost");
        String scheme = req.header("x-forwarded-proto")
                .orElse(host.startsWith("127.0.0.1") || host.startsWith("localhost") ? "http" : "https");
        return scheme + "://" + host;
    }
}
