package com.salescarousel.entry.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.salescarousel.json.JsonInput;
import com.salescarousel.rep.Caller;
import com.salescarousel.team.Team;
import java.util.Map;
import java.util.Set;
import javax.inject.Inject;

/** Forming a team: {@code POST /api/team/invitations} and {@code DELETE /api/team/reps/{rep}}, managers only. */
final class TeamResource {
    private static final Set<String> INVITATION_FIELDS = Set.of("email", "name", "manager");

    private final Team team;

    @Inject
    TeamResource(Team team) {
        this.team = team;
    }

    /** 201 with the new member; the same address invited again before they signed in answers 200 with the first. */
    APIGatewayV2HTTPResponse invite(ApiRequest req, Caller caller) {
        JsonInput in = JsonInput.of(req.body(), INVITATION_FIELDS);
        String email = in.email("email");
        if (email == null && !in.hasError("email")) in.fail("email", "is required");
        String name = in.line("name", 200);
        if (name == null && !in.hasError("name")) in.fail("name", "is required");
        Boolean manager = in.bool("manager");
        in.done();
        var invited = team.invite(caller, email, name, Boolean.TRUE.equals(manager));
        return ApiResponse.json(invited.created() ? 201 : 200, StatsViews.member(invited.member()),
                Map.of("location", "/api/team/reps/" + invited.member().repId() + "/stats"));
    }

    APIGatewayV2HTTPResponse disable(ApiRequest req, Caller caller) {
        team.disable(caller, StatsResource.repId(req));
        return ApiResponse.noContent();
    }
}
