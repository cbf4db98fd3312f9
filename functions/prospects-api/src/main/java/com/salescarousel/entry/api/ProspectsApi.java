package com.salescarousel.entry.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.salescarousel.error.Refused;
import com.salescarousel.problem.Problem;
import com.salescarousel.problem.Problems;
import com.salescarousel.rep.Caller;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.inject.Inject;

/**
 * The HTTP API's router (DESIGN section 6). The route table below maps a method and a path to the
 * resource method that answers it; adding a route is one line here plus that method. Around the
 * table, and nowhere else: the caller check (the JWT authorizer has verified the token; a request
 * without a subject is still no one's), 404 for a path no route has, 405 with {@code Allow} for a
 * method a path does not take, and the mapping of the domain's refusals to problem documents.
 */
public final class ProspectsApi {
    private static final Logger LOG = Logger.getLogger(ProspectsApi.class.getName());

    private final RouteTable table;

    @Inject
    public ProspectsApi(ProspectsResource prospects, TouchesResource touches, AgendaResource agenda,
                        TemplatesResource templates, SettingsResource settings, DeliveryResource delivery,
                        Unsubscribe unsubscribe, PlansResource plans, ReferralsResource referrals, StatsResource stats,
                        TeamResource team, ImportsResource imports, ExportsResource exports, CalendarResource calendar,
                        SignalsResource signals, OrgSignalsResource org, SignalHook hook) {
        this.table = new RouteTable(List.of(
                Route.get("/api/me", settings::me),
                Route.put("/api/me", settings::changeMe),
                Route.get("/api/tiers", settings::tiers),
                Route.put("/api/tiers", settings::replaceTiers),
                Route.get("/api/agenda", agenda::forDay),
                Route.get("/api/prospects", prospects::list),
                Route.post("/api/prospects", prospects::create),
                Route.get("/api/prospects/{id}", prospects::get),
                Route.patch("/api/prospects/{id}", prospects::change),
                Route.delete("/api/prospects/{id}", prospects::remove),
                Route.get("/api/prospects/{id}/touches", touches::history),
                Route.post("/api/prospects/{id}/touches", touches::log),
                Route.patch("/api/prospects/{id}/touches/{touchId}", touches::editNote),
                Route.delete("/api/prospects/{id}/touches/{touchId}", touches::takeBack),
                Route.post("/api/prospects/{id}/send", delivery::send),
                Route.get("/api/outbox", delivery::outbox),
                Route.get("/api/push", delivery::push),
                Route.put("/api/push/subscription", delivery::subscribe),
                Route.delete("/api/push/subscription", delivery::unsubscribe),
                Route.get("/api/templates", templates::all),
                Route.post("/api/templates", templates::create),
                Route.get("/api/templates/{id}", templates::get),
                Route.put("/api/templates/{id}", templates::replace),
                Route.delete("/api/templates/{id}", templates::delete),
                Route.get("/api/plans", plans::all),
                Route.post("/api/plans", plans::create),
                Route.get("/api/plans/{id}", plans::get),
                Route.put("/api/plans/{id}", plans::replace),
                Route.delete("/api/plans/{id}", plans::retire),
                Route.post("/api/plans/{id}/enrolments", plans::enrol),
                Route.delete("/api/plans/{id}/enrolments/{prospectId}", plans::withdraw),
                Route.get("/api/plans/{id}/stats", plans::stats),
                Route.get("/api/prospects/{id}/referrals", referrals::tree),
                Route.get("/api/referrals/stats", referrals::stats),
                Route.get("/api/referrals/settings", referrals::settings),
                Route.put("/api/referrals/settings", referrals::replaceSettings),
                Route.get("/api/stats", stats::mine),
                Route.get("/api/team/stats", stats::team),
                Route.get("/api/team/reps/{rep}/stats", stats::rep),
                Route.post("/api/team/invitations", team::invite),
                Route.delete("/api/team/reps/{rep}", team::disable),
                Route.post("/api/imports", imports::run),
                Route.get(ExportsResource.CSV_PATH, exports::csv),
                Route.get("/api/prospects/{id}/vcard", exports::vcard),
                Route.post("/api/calendar", calendar::rotate),
                Route.get("/cal/{token}.ics", calendar::feed).open(),
                Route.get("/api/prospects/{id}/signals", signals::history),
                Route.post("/api/prospects/{id}/signals", signals::record),
                Route.get("/api/prospects/{id}/timeline", signals::timeline),
                Route.get("/api/org/scoring", org::scoring),
                Route.put("/api/org/scoring", org::replaceScoring),
                Route.get("/api/org/webhook", org::hook),
                Route.post("/api/org/webhook-secret", org::rotate),
                // The public routes: links in e-mails carry a signed token instead of a login.
                Route.get("/api/unsubscribe/{token}", unsubscribe::answer).open(),
                Route.post("/api/unsubscribe/{token}", unsubscribe::answer).open(),
                // Marketing tools: the body's signature under the org's secret stands in for a login.
                Route.post("/hooks/signals/{org}", hook::receive).open()));
    }

    /** Every route, in table order: what the OpenAPI document must describe. */
    public List<Route> routes() {
        return table.routes();
    }

    public APIGatewayV2HTTPResponse handle(APIGatewayV2HTTPEvent event) {
        ApiRequest req = new ApiRequest(event);
        // A CORS preflight carries no token; API Gateway's CORS settings decide the headers.
        if (req.method().equals("OPTIONS")) return ApiResponse.noContent();
        try {
            return route(req);
        } catch (Problem p) {
            return ApiResponse.problem(p);
        } catch (Refused r) {
            Problem p = Problems.of(r);
            return ApiResponse.problem(p, p.status() == 503 ? Map.of("retry-after", "1") : Map.of());
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "unhandled error on " + req.method() + " " + req.segments(), e);
            return ApiResponse.problem(new Problem(500, "Internal error",
                    "something went wrong on our side; nothing was changed unless the response said so", List.of()));
        }
    }

    private APIGatewayV2HTTPResponse route(ApiRequest req) {
        var lookup = table.find(req.method(), req.segments());
        boolean open = lookup instanceof RouteTable.Found f ? f.route().isOpen()
                : lookup instanceof RouteTable.WrongMethod w && w.open();
        Caller caller = open ? null : req.caller().orElseThrow(() ->
                new Problem(401, "Unauthorized", "a valid bearer token is required", List.of()));
        return switch (lookup) {
            case RouteTable.Found f -> f.route().action().answer(req.withPathParams(f.params()), caller);
            case RouteTable.WrongMethod w -> ApiResponse.problem(
                    new Problem(405, "Method not allowed", "use " + String.join(", ", w.allowed()), List.of()),
                    Map.of("allow", String.join(", ", w.allowed())));
            case RouteTable.NoSuchPath n -> throw new Problem(404, "Not found",
                    "no such route: " + req.method() + " /api/" + String.join("/", req.segments()), List.of());
        };
    }
}
