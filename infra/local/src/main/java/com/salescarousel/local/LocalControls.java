package com.salescarousel.local;

import com.salescarousel.json.JsonInput;
import com.salescarousel.problem.Problem;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The local-only routes under {@code /local/} (never deployed): sign-in for any e-mail, the clock,
 * the captured e-mail, and firing the hourly schedule on demand.
 */
final class LocalControls {
    /** Signs a person in: the token, and the rep's first profile as a first sign-in makes it. */
    interface SignIn {
        String token(String email, String name, String org, boolean manager, ZoneId zone);
    }

    private final SignIn signIn;
    private final LocalClock clock;
    private final LocalSes ses;
    private final LocalSchedule schedule;
    private final Function<Instant, Map<String, Object>> hourlyRun;
    private final Function<Duration, Boolean> drain;

    LocalControls(SignIn signIn, LocalClock clock, LocalSes ses, LocalSchedule schedule,
                  Function<Instant, Map<String, Object>> hourlyRun, Function<Duration, Boolean> drain) {
        this.signIn = signIn;
        this.clock = clock;
        this.ses = ses;
        this.schedule = schedule;
        this.hourlyRun = hourlyRun;
        this.drain = drain;
    }

    /** False when the path is not a local route. */
    boolean handle(HttpExchange ex, String path) throws IOException {
        switch (path) {
            case "/local/login" -> login(ex);
            case "/local/clock" -> clockRoute(ex);
            case "/local/outbox" -> outbox(ex);
            case "/local/scheduler/run" -> scheduler(ex);
            case "/local/health" -> Exchanges.json(ex, 200, Map.of("ok", true));
            default -> {
                return false;
            }
        }
        return true;
    }

    /** A token for any e-mail, with the claims Cognito would give. */
    private void login(HttpExchange ex) throws IOException {
        if (!ex.getRequestMethod().equals("POST")) throw Exchanges.methodNotAllowed("POST");
        JsonInput in = JsonInput.of(Exchanges.body(ex), Set.of("email", "name", "role", "org", "timeZone"));
        String email = in.email("email");
        if (email == null && !in.hasError("email")) in.fail("email", "is required");
        String name = in.line("name", 200);
        String role = in.line("role", 20);
        if (role != null && !role.equals("rep") && !role.equals("manager")) in.fail("role", "must be rep or manager");
        String org = in.line("org", 64);
        String zoneId = in.line("timeZone", 64);
        ZoneId zone = ZoneId.of("UTC");
        if (zoneId != null) {
            if (ZoneId.getAvailableZoneIds().contains(zoneId)) zone = ZoneId.of(zoneId);
            else in.fail("timeZone", "must be an IANA time zone such as Europe/Paris");
        }
        in.done();
        String token = signIn.token(email, name, org != null ? org : "local", "manager".equals(role), zone);
        Exchanges.json(ex, 200, Map.of("token", token, "repId", LocalTokens.subjectFor(email)));
    }

    private void clockRoute(HttpExchange ex) throws IOException {
        if (ex.getRequestMethod().equals("POST")) {
            JsonInput in = JsonInput.of(Exchanges.body(ex), Set.of("at"));
            String at = in.line("at", 40);
            if (at == null && !in.hasError("at")) in.fail("at", "is required");
            Instant instant = null;
            try {
                if (at != null) instant = OffsetDateTime.parse(at).toInstant();
            } catch (DateTimeException e) {
                in.fail("at", "must be an ISO-8601 instant such as 2026-11-23T07:00:00Z");
            }
            in.done();
            clock.set(instant);
        } else if (!ex.getRequestMethod().equals("GET")) {
            throw Exchanges.methodNotAllowed("GET, POST");
        }
        Exchanges.json(ex, 200, Map.of("now", clock.instant().toString()));
    }

    /** Every e-mail the local SES took, oldest first; {@code ?to=} filters by recipient; DELETE clears. */
    private void outbox(HttpExchange ex) throws IOException {
        if (ex.getRequestMethod().equals("DELETE")) {
            ses.clear();
            Exchanges.json(ex, 200, Map.of("cleared", true));
            return;
        }
        if (!ex.getRequestMethod().equals("GET")) throw Exchanges.methodNotAllowed("GET, DELETE");
        String to = Optional.ofNullable(QueryString.commaJoined(ex.getRequestURI().getRawQuery())).map(q -> q.get("to")).orElse(null);
        var mails = ses.outbox().stream().filter(m -> to == null || m.to().stream().anyMatch(a -> a.equalsIgnoreCase(to))).toList();
        Exchanges.json(ex, 200, LocalSes.asJson(mails));
    }

    /**
     * The hourly schedule fired for {@code at}; the local clock moves there too (a morning a month
     * ahead stays a month ahead). Waits until the send queue is drained, so what the run caused is in
     * the outbox when this returns.
     */
    private void scheduler(HttpExchange ex) throws IOException {
        if (!ex.getRequestMethod().equals("POST")) throw Exchanges.methodNotAllowed("POST");
        var q = QueryString.commaJoined(ex.getRequestURI().getRawQuery());
        Instant at = clock.instant();
        if (q != null && q.get("at") != null) {
            try {
                at = OffsetDateTime.parse(q.get("at")).toInstant();
            } catch (DateTimeException e) {
                throw new Problem(400, "Invalid request", "at: must be an ISO-8601 instant such as 2026-11-24T12:00:00Z",
                        List.of(new Problem.InvalidParam("at", "must be an ISO-8601 instant such as 2026-11-24T12:00:00Z")));
            }
            clock.set(at);
        }
        schedule.markFired(at);
        Map<String, Object> result = new LinkedHashMap<>(hourlyRun.apply(at));
        result.put("clock", clock.instant().toString());
        result.put("drained", drain.apply(Duration.ofSeconds(60)));
        result.put("outbox", ses.outbox().size());
        Exchanges.json(ex, 200, result);
    }
}
