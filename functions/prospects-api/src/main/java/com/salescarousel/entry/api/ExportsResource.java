package com.salescarousel.entry.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.salescarousel.exports.Exports;
import com.salescarousel.rep.Caller;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import javax.inject.Inject;

/**
 * {@code GET /api/exports/prospects.csv} (all of the rep's prospects; a {@code Link: rel="next"}
 * header when they do not fit one response) and {@code GET /api/prospects/{id}/vcard}.
 */
final class ExportsResource {
    static final String CSV_PATH = "/api/exports/prospects.csv";

    private final Exports exports;

    @Inject
    ExportsResource(Exports exports) {
        this.exports = exports;
    }

    APIGatewayV2HTTPResponse csv(ApiRequest req, Caller caller) {
        String after = req.query("cursor").map(ApiRequest::decodeCursor).orElse(null);
        var page = exports.page(caller.repId(), after, Exports.PAGE_BUDGET);
        Map<String, String> headers = new HashMap<>();
        headers.put("content-disposition", "attachment; filename=\"prospects.csv\"");
        headers.put("x-rows", String.valueOf(page.rows()));
        if (page.nextAfterId() != null) {
            String next = ApiRequest.encodeCursor(page.nextAfterId());
            headers.put("link", "<" + CSV_PATH + "?cursor=" + next + ">; rel=\"next\"");
            headers.put("x-next-cursor", next);
        }
        return ApiResponse.text(200, "text/csv", page.csv(), headers);
    }

    APIGatewayV2HTTPResponse vcard(ApiRequest req, Caller caller) {
        String id = req.id("id", "prospect");
        String card = exports.vcard(caller.repId(), id);
        String name = URLEncoder.encode(fileName(card), StandardCharsets.UTF_8).replace("+", "%20");
        return ApiResponse.text(200, "text/vcard", card,
                Map.of("content-disposition", "attachment; filename=\"contact.vcf\"; filename*=UTF-8''" + name + ".vcf"));
    }

    /** The card's FN, for the file name a phone shows. */
    private static String fileName(String card) {
        for (String line : card.split("\r\n")) {
            if (line.startsWith("FN:")) return line.substring(3).replace("\\,", ",").replace("\\;", ";");
        }
        return "contact";
    }
}
