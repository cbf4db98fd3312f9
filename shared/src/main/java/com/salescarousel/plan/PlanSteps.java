package com.salescarousel.plan;

import com.salescarousel.touch.Channel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** A plan's steps as one list attribute of maps, the same on the plan item and in an enrolment on the prospect. */
final class PlanSteps {
    private PlanSteps() {}

    static AttributeValue write(List<PlanStep> steps) {
        return AttributeValue.fromL(steps.stream().map(PlanSteps::step).toList());
    }

    private static AttributeValue step(PlanStep s) {
        Map<String, AttributeValue> m = new LinkedHashMap<>();
        m.put("offsetDays", AttributeValue.fromN(Integer.toString(s.offsetDays())));
        m.put("channel", AttributeValue.fromS(s.channel().wire()));
        if (s.templateId() != null) m.put("templateId", AttributeValue.fromS(s.templateId()));
        m.put("auto", AttributeValue.fromBool(s.auto()));
        return AttributeValue.fromM(m);
    }

    static List<PlanStep> read(AttributeValue v) {
        return v.l().stream().map(AttributeValue::m).map(s -> new PlanStep(
                Integer.parseInt(s.get("offsetDays").n()), Channel.fromWire(s.get("channel").s()).orElseThrow(),
                s.containsKey("templateId") ? s.get("templateId").s() : null,
                s.containsKey("auto") && s.get("auto").bool())).toList();
    }
}
