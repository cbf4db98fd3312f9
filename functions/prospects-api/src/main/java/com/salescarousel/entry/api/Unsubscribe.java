package com.salescarousel.entry.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.salescarousel.rep.Caller;
import com.salescarousel.send.Suppressions;
import com.salescarousel.send.UnsubscribeTokens;
import com.salescarousel.template.MergeFields;
import java.util.Map;
import javax.inject.Inject;

/**
 * The public one-click unsubscribe (RFC 8058): mail clients POST {@code List-Unsubscribe=One-Click}
 * to the link; a person following it gets a page with one button (a GET never unsubscribes, since
 * link scanners fetch every URL in a mail). An open route: the signed token stands in for a login.
 */
final class Unsubscribe {
    private final UnsubscribeTokens tokens;
    private final Suppressions suppressions;

    @Inject
    Unsubscribe(UnsubscribeTokens tokens, Suppressions suppressions) {
        this.tokens = tokens;
        this.suppressions = suppressions;
    }

    /** {@code GET} or {@code POST /api/unsubscribe/{token}}; there is no caller. */
    APIGatewayV2HTTPResponse answer(ApiRequest req, Caller none) {
        var subject = tokens.verify(req.path("token"));
        if (subject.isEmpty()) return page(404, "This unsubscribe link is not valid", "It may have been copied incompletely.");
        if (req.method().equals("POST")) {
            suppressions.optOut(subject.get().org(), subject.get().email());
            return page(200, "You are unsubscribed", MergeFields.escapeHtml(subject.get().email()) + " will not get these e-mails again.");
        }
        return APIGatewayV2HTTPResponse.builder().withStatusCode(200)
                .withHeaders(Map.of("content-type", "text/html; charset=utf-8", "cache-control", "no-store"))
                .withBody(html("Unsubscribe " + MergeFields.escapeHtml(subject.get().email()) + "?",
                        "<form method=\"post\"><input type=\"hidden\" name=\"List-Unsubscribe\" value=\"One-Click\">"
                                + "<button type=\"submit\">Unsubscribe</button></form>"))
                .build();
    }

    private static APIGatewayV2HTTPResponse page(int status, String title, String text) {
        return APIGatewayV2HTTPResponse.builder().withStatusCode(status)
                .withHeaders(Map.of("content-type", "text/html; charset=utf-8", "cache-control", "no-store"))
                .withBody(html(title, "<p>" + text + "</p>")).build();
    }

    private static String html(String title, String body) {
        return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\">"
                + "<title>" + title + "</title></head><body><main><h1>" + title + "</h1>" + body + "</main></body></html>";
    }
}
