package com.salescarousel.plan;

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
        m.put("steps", PlanSteps.write(e.steps()));
        if (e.id() != null) m.put("id", AttributeValue.fromS(e.id()));
        if (!e.marks().isEmpty()) m.put("marks", AttributeValue.fromL(e.marks().stream().map(EnrolmentAttribute::mark).toList()));
        return AttributeValue.fromM(m);
    }

    private static AttributeValue mark(StepMark k) {
        return AttributeValue.fromM(Map.of("on", AttributeValue.fromS(k.on().toString()), "skipped", AttributeValue.fromBool(k.skipped())));
    }

    @Override
    public Enrolment transformTo(AttributeValue v) {
        Map<String, AttributeValue> m = v.m();
        List<StepMark> marks = !m.containsKey("marks") ? List.of() : m.get("marks").l().stream().map(AttributeValue::m)
                .map(k -> new StepMark(LocalDate.parse(k.get("on").s()), k.containsKey("skipped") && k.get("skipped").bool())).toList();
        return new Enrolment(m.get("planId").s(), m.containsKey("planName") ? m.get("planName").s() : null,
                LocalDate.parse(m.get("enrolledOn").s()), PlanSteps.read(m.get("steps")), Integer.parseInt(m.get("index").n()),
                LocalDate.parse(m.get("dueOn").s()), m.containsKey("id") ? m.get("id").s() : null, marks);
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
