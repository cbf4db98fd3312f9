package com.salescarousel.entry.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.salescarousel.agenda.Agendas;
import com.salescarousel.cadence.TierSettings;
import com.salescarousel.id.Ulid;
import com.salescarousel.problem.Problem;
import com.salescarousel.prospect.Prospect;
import com.salescarousel.prospect.ProspectBook;
import com.salescarousel.prospect.ProspectStore;
import com.salescarousel.rep.Caller;
import com.salescarousel.rep.RepProfile;
import com.salescarousel.rep.Reps;
import com.salescarousel.send.Suppressions;
import com.salescarousel.send.TouchMails;
import com.salescarousel.send.UnsubscribeTokens;
import com.salescarousel.template.Templates;
import com.salescarousel.touch.TouchLog;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import com.salescarousel.push.PushSubscriptions;
import javax.inject.Inject;

/** Routes DESIGN section 6's calls to the use cases. Decode, call one use case, encode: nothing else. */
public final class ProspectsApi {
    private static final Logger LOG = Logger.getLogger(ProspectsApi.class.getName());
    private static final int DEFAULT_PAGE = 25, MAX_PAGE = 100, HISTORY = 200;

    private final Reps reps;
    private final ProspectBook book;
    private final TouchLog touches;
    private final Agendas agendas;
    private final TierSettings tiers;
    private final Templates templates;
    private final TouchMails mails;
    private final Unsubscribe unsubscribe;
    private final PushSubscriptions push;

    @Inject
    public ProspectsApi(Reps reps, ProspectBook book, TouchLog touches, Agendas agendas, TierSettings tiers,
                        Templates templates, TouchMails mails, UnsubscribeTokens tokens, Suppressions suppressions,
                        PushSubscriptions push) {
        this.reps = reps;
        this.book = book;
        this.touches = touches;
        this.agendas = agendas;
        this.tiers = tiers;
        this.templates = templates;
        this.mails = mails;
        this.unsubscribe = new Unsubscribe(tokens, suppressions);
        this.push = push;
    }

    public APIGatewayV2HTTPResponse handle(APIGatewayV2HTTPEvent event) {
        ApiRequest req = new ApiRequest(event);
        // A CORS preflight carries no token; API Gateway's CORS settings decide the headers.
        if (req.method().equals("OPTIONS")) return ApiResponse.noContent();
        // The one public route: links in e-mails carry a signed token instead of a login.
        if (req.segments().size() == 2 && req.segments().get(0).equals("unsubscribe")) {
            return unsubscribe.handle(req.method(), req.segments().get(1));
        }
        try {
            // The authorizer already refused bad tokens; a request without a subject is still no one's.
            Caller caller = req.caller().orElseThrow(() ->
                    new Problem(401, "Unauthorized", "a valid bearer token is required", List.of()));
            return route(req, caller);
        } catch (Problem p) {
            return ApiResponse.problem(p);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "unhandled error on " + req.method() + " " + req.segments(), e);
            return ApiResponse.problem(new Problem(500, "Internal error",
                    "something went wrong on our side; nothing was changed unless the response said so", List.of()));
        }
    }

    private APIGatewayV2HTTPResponse route(ApiRequest req, Caller caller) {
        List<String> s = req.segments();
        String m = req.method();
        if (s.size() == 1 && s.get(0).equals("me")) {
            if (m.equals("GET")) return ApiResponse.json(200, Views.profile(reps.profileOf(caller)));
            if (m.equals("PUT")) return putMe(req, caller);
            throw methodNotAllowed("GET, PUT");
        }
        if (s.size() == 1 && s.get(0).equals("tiers")) {
            if (m.equals("GET")) return ApiResponse.json(200, Views.tiers(tiers.of(caller.org())));
            if (m.equals("PUT")) return ApiResponse.json(200, Views.tiers(tiers.replace(caller, Requests.tiers(req.body()))));
            throw methodNotAllowed("GET, PUT");
        }
        if (s.size() == 1 && s.get(0).equals("agenda")) {
            if (!m.equals("GET")) throw methodNotAllowed("GET");
            RepProfile rep = reps.profileOf(caller);
            LocalDate day = req.query("date").map(d -> Requests.date("date", d)).orElseGet(() -> agendas.today(rep));
            return ApiResponse.json(200, Views.agenda(agendas.forDay(rep, day)));
        }
        if (!s.isEmpty() && s.get(0).equals("templates")) return templateRoute(req, caller, s);
        if (s.size() == 1 && s.get(0).equals("push")) {
            if (!m.equals("GET")) throw methodNotAllowed("GET");
            return ApiResponse.json(200, java.util.Map.of("publicKey", push.publicKey(), "subscriptions", push.count(caller.repId())));
        }
        if (s.size() == 2 && s.get(0).equals("push") && s.get(1).equals("subscription")) {
            if (m.equals("PUT")) {
                push.subscribe(caller.repId(), req.body());
                return ApiResponse.noContent();
            }
            if (m.equals("DELETE")) {
                push.unsubscribe(caller.repId(), req.body());
                return ApiResponse.noContent();
            }
            throw methodNotAllowed("PUT, DELETE");
        }
        if (s.size() == 1 && s.get(0).equals("outbox")) {
            if (!m.equals("GET")) throw methodNotAllowed("GET");
            return ApiResponse.json(200, Map.of("items", mails.recent(caller.repId(), 50).stream().map(Views::send).toList()));
        }
        if (!s.isEmpty() && s.get(0).equals("prospects")) {
            if (s.size() == 1) {
                if (m.equals("POST")) return createProspect(req, caller);
                if (m.equals("GET")) return listProspects(req, caller);
                throw methodNotAllowed("GET, POST");
            }
            String id = s.get(1);
            // Ids are ULIDs: anything else cannot exist, and gets the same 404 as another rep's id.
            if (!Ulid.looksValid(id)) throw Problem.notFound("prospect " + id);
            if (s.size() == 2) {
                return switch (m) {
                    case "GET" -> prospect(200, book.get(caller.repId(), id));
                    case "PATCH" -> patchProspect(req, caller, id);
                    case "DELETE" -> {
                        book.remove(caller.repId(), id);
                        yield ApiResponse.noContent();
                    }
                    default -> throw methodNotAllowed("GET, PATCH, DELETE");
                };
            }
            if (s.size() == 3 && s.get(2).equals("send")) {
                if (!m.equals("POST")) throw methodNotAllowed("POST");
                var send = Requests.send(req.body());
                var queued = mails.queue(reps.profileOf(caller), id, send.templateId(), send.relevantInfo(), send.idempotencyKey());
                return ApiResponse.json(202, Views.send(queued));
            }
            if (s.size() == 3 && s.get(2).equals("touches")) {
                if (m.equals("POST")) return logTouch(req, caller, id);
                if (m.equals("GET")) {
                    var items = touches.history(caller.repId(), id, HISTORY).stream().map(Views::touch).toList();
                    return ApiResponse.json(200, Map.of("items", items));
                }
                throw methodNotAllowed("GET, POST");
            }
        }
        throw new Problem(404, "Not found", "no such route: " + m + " /api/" + String.join("/", s), List.of());
    }

    private APIGatewayV2HTTPResponse templateRoute(ApiRequest req, Caller caller, List<String> s) {
        String m = req.method();
        if (s.size() == 1) {
            if (m.equals("GET")) return ApiResponse.json(200, Map.of("items", templates.all(caller.org()).stream().map(Views::template).toList()));
            if (m.equals("POST")) {
                var t = templates.create(caller.org(), Requests.template(req.body()));
                return ApiResponse.json(201, Views.template(t), Map.of("location", "/api/templates/" + t.id(), "etag", "\"" + t.version() + "\""));
            }
            throw methodNotAllowed("GET, POST");
        }
        String id = s.get(1);
        if (s.size() != 2 || !Ulid.looksValid(id)) throw Problem.notFound("template " + id);
        return switch (m) {
            case "GET" -> ApiResponse.json(200, Views.template(templates.get(caller.org(), id)));
            case "PUT" -> {
                var draft = Requests.template(req.body());
                long expected = req.header("if-match").map(ProspectsApi::version).orElseThrow(() -> new Problem(428,
                        "Version required", "send the template's version in If-Match", List.of(new Problem.InvalidParam("If-Match", "is required"))));
                yield ApiResponse.json(200, Views.template(templates.replace(caller.org(), id, expected, draft)));
            }
            case "DELETE" -> {
                templates.delete(caller.org(), id);
                yield ApiResponse.noContent();
            }
            default -> throw methodNotAllowed("GET, PUT, DELETE");
        };
    }

    private APIGatewayV2HTTPResponse putMe(ApiRequest req, Caller caller) {
        var change = Requests.me(req.body());
        RepProfile current = reps.profileOf(caller);
        return ApiResponse.json(200, Views.profile(
                reps.update(current, change.name(), change.timeZone(), change.digestHour(), change.skipWeekends())));
    }

    private APIGatewayV2HTTPResponse createProspect(ApiRequest req, Caller caller) {
        var create = Requests.create(req.body());
        var added = book.addOnce(reps.profileOf(caller), create.draft(), create.idempotencyKey());
        Prospect p = added.prospect();
        return ApiResponse.json(added.replayed() ? 200 : 201, Views.prospect(p),
                Map.of("location", "/api/prospects/" + p.id(), "etag", etag(p)));
    }

    private APIGatewayV2HTTPResponse listProspects(ApiRequest req, Caller caller) {
        int limit = req.query("limit").map(ProspectsApi::limit).orElse(DEFAULT_PAGE);
        String after = req.query("cursor").map(ProspectsApi::decodeCursor).orElse(null);
        String tier = req.query("tier").filter(t -> !t.isBlank()).orElse(null);
        String q = req.query("q").filter(t -> !t.isBlank()).orElse(null);
        if (q != null && q.length() > 100) throw Problem.invalid("q", "must be at most 100 characters");
        // A misspelt tier is a mistake to name, not a filter that quietly matches nothing.
        if (tier != null && tiers.of(caller.org()).find(tier).isEmpty()) {
            throw Problem.invalid("tier", "unknown tier '" + tier + "'; known tiers: " + String.join(", ", tiers.of(caller.org()).keys()));
        }
        var page = book.list(caller.repId(), new ProspectStore.ProspectFilter(tier, q), limit, after);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", page.items().stream().map(Views::prospect).toList());
        body.put("cursor", page.nextAfterId() == null ? null : encodeCursor(page.nextAfterId()));
        return ApiResponse.json(200, body);
    }

    private APIGatewayV2HTTPResponse patchProspect(ApiRequest req, Caller caller, String id) {
        var patch = Requests.patch(req.body());
        long expected = req.header("if-match").map(ProspectsApi::version)
                .or(() -> java.util.Optional.ofNullable(patch.bodyVersion()))
                .orElseThrow(() -> new Problem(428, "Version required",
                        "send the version you last saw in If-Match (or as \"version\"), so another device's change is not overwritten",
                        List.of(new Problem.InvalidParam("If-Match", "is required"))));
        return prospect(200, book.change(reps.profileOf(caller), id, expected, patch.change()));
    }

    private APIGatewayV2HTTPResponse logTouch(ApiRequest req, Caller caller, String id) {
        var touch = Requests.touch(req.body());
        var logged = touches.log(reps.profileOf(caller), id, touch);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("touch", Views.touch(logged.touch()));
        body.put("prospect", Views.prospect(logged.prospect()));
        return ApiResponse.json(logged.replayed() ? 200 : 201, body, Map.of("etag", etag(logged.prospect())));
    }

    private static APIGatewayV2HTTPResponse prospect(int status, Prospect p) {
        return ApiResponse.json(status, Views.prospect(p), Map.of("etag", etag(p)));
    }

    private static String etag(Prospect p) {
        return "\"" + p.version() + "\"";
    }

    /** Accepts {@code 3}, {@code "3"} and {@code W/"3"}. */
    static long version(String ifMatch) {
        String v = ifMatch.trim();
        if (v.startsWith("W/")) v = v.substring(2);
        v = v.replace("\"", "");
        try {
            long n = Long.parseLong(v);
            if (n < 1) throw new NumberFormatException();
            return n;
        } catch (NumberFormatException e) {
            throw Problem.invalid("If-Match", "must be the prospect's version, a whole number");
        }
    }

    private static int limit(String s) {
        try {
            int n = Integer.parseInt(s);
            if (n >= 1 && n <= MAX_PAGE) return n;
        } catch (NumberFormatException ignored) {
            // falls through to the problem below
        }
        throw Problem.invalid("limit", "must be a whole number from 1 to " + MAX_PAGE);
    }

    static String encodeCursor(String id) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(id.getBytes(StandardCharsets.UTF_8));
    }

    static String decodeCursor(String cursor) {
        try {
            String id = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (Ulid.looksValid(id)) return id;
        } catch (IllegalArgumentException ignored) {
            // falls through to the problem below
        }
        throw Problem.invalid("cursor", "is not a cursor this API returned");
    }

    private static Problem methodNotAllowed(String allowed) {
        return new Problem(405, "Method not allowed", "use " + allowed, List.of());
    }
}
