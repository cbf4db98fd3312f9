package com.salescarousel.entry.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.salescarousel.rep.Caller;
import com.salescarousel.template.Templates;
import java.util.Map;
import javax.inject.Inject;

/** {@code /api/templates} and {@code /api/templates/{id}}: the team's e-mail templates. */
final class TemplatesResource {
    private final Templates templates;

    @Inject
    TemplatesResource(Templates templates) {
        this.templates = templates;
    }

    APIGatewayV2HTTPResponse all(ApiRequest req, Caller caller) {
        return ApiResponse.json(200, Map.of("items", templates.all(caller.org()).stream().map(Views::template).toList()));
    }

    APIGatewayV2HTTPResponse create(ApiRequest req, Caller caller) {
        var t = templates.create(caller.org(), Requests.template(req.body()));
        return ApiResponse.json(201, Views.template(t),
                Map.of("location", "/api/templates/" + t.id(), "etag", ApiResponse.etag(t.version())));
    }

    APIGatewayV2HTTPResponse get(ApiRequest req, Caller caller) {
        return ApiResponse.json(200, Views.template(templates.get(caller.org(), req.id("id", "template"))));
    }

    APIGatewayV2HTTPResponse replace(ApiRequest req, Caller caller) {
        String id = req.id("id", "template");
        var draft = Requests.template(req.body());
        long expected = req.expectedVersion(null, "send the template's version in If-Match");
        return ApiResponse.json(200, Views.template(templates.replace(caller.org(), id, expected, draft)));
    }

    APIGatewayV2HTTPResponse delete(ApiRequest req, Caller caller) {
        templates.delete(caller.org(), req.id("id", "template"));
        return ApiResponse.noContent();
    }
}
