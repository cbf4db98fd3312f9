package com.salescarousel.plan;

import com.salescarousel.touch.Channel;
import java.util.Objects;

/**
 * One step of a prospecting plan: on day {@code offsetDays} of the enrolment, a touch on
 * {@code channel}, optionally with a template; an {@code auto} step with a template is sent by the
 * hourly run instead of waiting for the rep.
 */
public record PlanStep(int offsetDays, Channel channel, String templateId, boolean auto) {
    public PlanStep {
        Objects.requireNonNull(channel, "channel");
    }
}
