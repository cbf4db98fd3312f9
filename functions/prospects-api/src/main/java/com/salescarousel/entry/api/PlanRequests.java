package com.salescarousel.entry.api;

import com.salescarousel.id.Ulid;
import com.salescarousel.json.JsonInput;
import com.salescarousel.plan.Enrolments;
import com.salescarousel.plan.PlanStep;
import com.salescarousel.plan.Plans;
import com.salescarousel.touch.Channel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The plans' request bodies, read with every type and format error named by its field ({@code steps[1].channel}). */
final class PlanRequests {
    private static final Set<String> STEP_FIELDS = Set.of("offsetDays", "channel", "templateId", "auto");

    private PlanRequests() {}

    /** {@code {name, steps: [{offsetDays, channel, templateId?, auto?}]}}; the domain checks what the steps mean. */
    static Plans.Draft plan(String body) {
        JsonInput in = JsonInput.of(body, Set.of("name", "steps"));
        String name = in.line("name", 100);
        if (name == null && !in.hasError("name")) in.fail("name", "is required");
        List<Map<String, Object>> raw = in.objects("steps", Plans.MAX_STEPS);
        if (raw == null && !in.hasError("steps")) in.fail("steps", "is required");
        if (raw != null && raw.isEmpty()) in.fail("steps", "needs at least one step");
        List<PlanStep> steps = new ArrayList<>();
        for (int i = 0; raw != null && i < raw.size(); i++) {
            JsonInput s = new JsonInput(raw.get(i), STEP_FIELDS);
            Integer offset = s.integer("offsetDays", 0, Plans.MAX_OFFSET_DAYS);
            if (offset == null && !s.hasError("offsetDays")) s.fail("offsetDays", "is required");
            Channel channel = Requests.enumOf(s, "channel", Channel::fromWire, "call, email, meeting, social, mail, event");
            String template = s.line("templateId", 64);
            Boolean auto = s.bool("auto");
            boolean fine = s.ok();
            in.adopt("steps[" + i + "]", s);
            if (fine) steps.add(new PlanStep(offset, channel, template, auto != null && auto));
        }
        in.done();
        return new Plans.Draft(name, steps);
    }

    /** {@code {prospectIds: [...]} or {tag}}, and an optional {@code idempotencyKey}. */
    static Enrolments.Request enrolment(String body) {
        JsonInput in = JsonInput.of(body, Set.of("prospectIds", "tag", "idempotencyKey"));
        List<String> ids = in.strings("prospectIds", Enrolments.MAX_PROSPECTS, 26);
        String tag = in.line("tag", 40);
        String key = in.idempotencyKey();
        if (ids != null && tag != null) in.fail("tag", "send prospectIds or a tag, not both");
        if (ids == null && tag == null && !in.hasError("prospectIds") && !in.hasError("tag")) {
            in.fail("prospectIds", "is required (or a tag)");
        }
        if (ids != null && ids.isEmpty()) in.fail("prospectIds", "needs at least one prospect id");
        for (int i = 0; ids != null && i < ids.size(); i++) {
            if (!Ulid.looksValid(ids.get(i))) in.fail("prospectIds[" + i + "]", "is not a prospect id");
        }
        in.done();
        return new Enrolments.Request(ids, tag, key);
    }
}
