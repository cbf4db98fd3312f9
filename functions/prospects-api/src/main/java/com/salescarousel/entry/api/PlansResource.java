package com.salescarousel.entry.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.salescarousel.error.Conflict;
import com.salescarousel.error.NotFound;
import com.salescarousel.plan.Enrolments;
import com.salescarousel.plan.Plan;
import com.salescarousel.plan.Plans;
import com.salescarousel.problem.Problem;
import com.salescarousel.problem.Problems;
import com.salescarousel.rep.Caller;
import com.salescarousel.rep.Reps;
import java.util.List;
import java.util.Map;
import javax.inject.Inject;

/**
 * {@code /api/plans}: the org's prospecting plans (every member reads them; managers write and
 * retire them), enrolling the caller's prospects, taking one out, and a plan's figures.
 */
final class PlansResource {
    private final Reps reps;
    private final Plans plans;
    private final Enrolments enrolments;

    @Inject
    PlansResource(Reps reps, Plans plans, Enrolments enrolments) {
        this.reps = reps;
        this.plans = plans;
        this.enrolments = enrolments;
    }

    APIGatewayV2HTTPResponse all(ApiRequest req, Caller caller) {
        return ApiResponse.json(200, Map.of("items", plans.all(caller.org()).stream().map(PlanViews::plan).toList()));
    }

    APIGatewayV2HTTPResponse create(ApiRequest req, Caller caller) {
        var draft = PlanRequests.plan(req.body());
        Plan p = plans.create(reps.profileOf(caller), draft);
        return ApiResponse.json(201, PlanViews.plan(p), Map.of("location", "/api/plans/" + p.id(), "etag", ApiResponse.etag(p.version())));
    }

    APIGatewayV2HTTPResponse get(ApiRequest req, Caller caller) {
        Plan p = plans.get(caller.org(), req.id("id", "plan"));
        return ApiResponse.json(200, PlanViews.plan(p), Map.of("etag", ApiResponse.etag(p.version())));
    }

    APIGatewayV2HTTPResponse replace(ApiRequest req, Caller caller) {
        String id = req.id("id", "plan");
        var draft = PlanRequests.plan(req.body());
        long expected = req.expectedVersion(null, "send the plan's version in If-Match");
        Plan p = plans.replace(reps.profileOf(caller), id, expected, draft);
        return ApiResponse.json(200, PlanViews.plan(p), Map.of("etag", ApiResponse.etag(p.version())));
    }

    /** Retires the plan: it takes no new enrolments, and the running ones go on. */
    APIGatewayV2HTTPResponse retire(ApiRequest req, Caller caller) {
        plans.retire(reps.profileOf(caller), req.id("id", "plan"));
        return ApiResponse.noContent();
    }

    /**
     * 200 with one result per prospect when anyone is (now or already) in the plan; when everyone was
     * refused, that refusal (409, or 404 when none of the ids is the caller's) with the same results.
     */
    APIGatewayV2HTTPResponse enrol(ApiRequest req, Caller caller) {
        String id = req.id("id", "plan");
        var request = PlanRequests.enrolment(req.body());
        var answer = enrolments.enrol(reps.profileOf(caller), id, request);
        Map<String, Object> body = PlanViews.enrolled(answer);
        if (answer.status() == 200) return ApiResponse.json(200, body);
        Problem base = answer.status() == 409
                ? Problems.of(Conflict.state("no prospect was enrolled: each is in another plan, off the carousel or unknown", Map.of()))
                : Problems.of(new NotFound("prospects", "none of these prospects is yours"));
        return ApiResponse.problem(new Problem(base.type(), base.status(), base.title(), base.detail(), List.of(), body));
    }

    /** Takes the prospect out of the plan; the tier's cadence resumes from its last touch. */
    APIGatewayV2HTTPResponse withdraw(ApiRequest req, Caller caller) {
        var p = enrolments.withdraw(reps.profileOf(caller), req.id("id", "plan"), req.id("prospectId", "prospect"));
        return ProspectsResource.answer(200, p);
    }

    APIGatewayV2HTTPResponse stats(ApiRequest req, Caller caller) {
        Plan p = plans.get(caller.org(), req.id("id", "plan"));
        return ApiResponse.json(200, PlanViews.figures(p, plans.figures(caller.org(), p.id())));
    }
}
