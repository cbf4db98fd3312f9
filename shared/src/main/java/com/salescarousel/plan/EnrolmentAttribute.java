package com.salescarousel.plan;

import com.salescarousel.touch.Channel;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.enhanced.dynamodb.AttributeConverter;
import software.amazon.awssdk.enhanced.dynamodb.AttributeValueType;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** An enrolment as one map attribute on the prospect item (no bean introspection, as with the static schemas). */
public final class EnrolmentAttribute implements AttributeConverter<Enrolment> {
    @Override
    public AttributeValue transformFrom(Enrolment e) {
        Map<String, AttributeValue> m = new LinkedHashMap<>();
        m.put("planId", AttributeValue.fromS(e.planId()));
        if (e.planName() != null) m.put("planName", AttributeValue.fromS(e.planName()));
        m.put("enrolledOn", AttributeValue.fromS(e.enrolledOn().toString()));
        m.put("index", AttributeValue.fromN(Integer.toString(e.index())));
        m.put("dueOn", AttributeValue.fromS(e.dueOn().toString()));
        m.put("steps", AttributeValue.fromL(e.steps().stream().map(EnrolmentAttribute::step).toList()));
        return AttributeValue.fromM(m);
    }

    private static AttributeValue step(PlanStep s) {
        Map<String, AttributeValue> m = new LinkedHashMap<>();
        m.put("offsetDays", AttributeValue.fromN(Integer.toString(s.offsetDays())));
        m.put("channel", AttributeValue.fromS(s.channel().wire()));
        if (s.templateId() != null) m.put("templateId", AttributeValue.fromS(s.templateId()));
        m.put("auto", AttributeValue.fromBool(s.auto()));
        return AttributeValue.fromM(m);
    }

    @Override
    public Enrolment transformTo(AttributeValue v) {
        Map<String, AttributeValue> m = v.m();
        List<PlanStep> steps = m.get("steps").l().stream().map(AttributeValue::m).map(s -> new PlanStep(
                Integer.parseInt(s.get("offsetDays").n()), Channel.fromWire(s.get("channel").s()).orElseThrow(),
                s.containsKey("templateId") ? s.get("templateId").s() : null,
                s.containsKey("auto") && s.get("auto").bool())).toList();
        return new Enrolment(m.get("planId").s(), m.containsKey("planName") ? m.get("planName").s() : null,
                LocalDate.parse(m.get("enrolledOn").s()), steps, Integer.parseInt(m.get("index").n()),
                LocalDate.parse(m.get("dueOn").s()));
    }

    @Override
    public EnhancedType<Enrolment> type() {
        return EnhancedType.of(Enrolment.class);
    }

    @Override
    public AttributeValueType attributeValueType() {
        return AttributeValueType.M;
    }
}
