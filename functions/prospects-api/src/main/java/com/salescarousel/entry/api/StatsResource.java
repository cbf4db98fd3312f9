package com.salescarousel.entry.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.salescarousel.error.Invalid;
import com.salescarousel.rep.Caller;
import com.salescarousel.rep.Reps;
import com.salescarousel.stats.Coaching;
import com.salescarousel.stats.WeekWindow;
import com.salescarousel.team.TeamReport;
import java.util.Map;
import java.util.regex.Pattern;
import javax.inject.Inject;

/**
 * The coaching numbers: {@code /api/stats} (the caller's own), {@code /api/team/stats} and
 * {@code /api/team/reps/{rep}/stats} (a manager's team, checked against the membership items).
 */
final class StatsResource {
    private static final Pattern WHOLE = Pattern.compile("[0-9]{1,3}");

    private final Reps reps;
    private final Coaching coaching;
    private final TeamReport team;

    @Inject
    StatsResource(Reps reps, Coaching coaching, TeamReport team) {
        this.reps = reps;
        this.coaching = coaching;
        this.team = team;
    }

    APIGatewayV2HTTPResponse mine(ApiRequest req, Caller caller) {
        int weeks = weeks(req);
        return ApiResponse.json(200, StatsViews.stats(coaching.of(reps.profileOf(caller), weeks)));
    }

    APIGatewayV2HTTPResponse team(ApiRequest req, Caller caller) {
        int weeks = weeks(req);
        var rows = team.of(caller, reps.profileOf(caller).timeZone(), weeks);
        return ApiResponse.json(200, Map.of("reps", rows.stream().map(StatsViews::row).toList()));
    }

    APIGatewayV2HTTPResponse rep(ApiRequest req, Caller caller) {
        String rep = repId(req);
        int weeks = weeks(req);
        return ApiResponse.json(200, StatsViews.row(team.of(caller, reps.profileOf(caller).timeZone(), rep, weeks)));
    }

    /** {@code ?weeks=}: 1 to 26, 12 when absent. */
    static int weeks(ApiRequest req) {
        String s = req.query("weeks").orElse(null);
        if (s == null) return WeekWindow.DEFAULT_WEEKS;
        int n = WHOLE.matcher(s).matches() ? Integer.parseInt(s) : -1;
        if (n < 1 || n > WeekWindow.MAX_WEEKS) throw Invalid.of("weeks", "must be a whole number from 1 to " + WeekWindow.MAX_WEEKS);
        return n;
    }

    /** A rep id is a token subject (a UUID in Cognito and locally): anything else cannot be a member, so 404. */
    static String repId(ApiRequest req) {
        String rep = req.path("rep");
        if (!rep.matches("[A-Za-z0-9_-]{1,64}")) throw new com.salescarousel.error.NotFound("rep " + rep);
        return rep;
    }
}
