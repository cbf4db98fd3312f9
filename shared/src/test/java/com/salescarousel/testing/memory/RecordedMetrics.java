package com.salescarousel.testing.memory;

import com.salescarousel.ops.Measure;
import com.salescarousel.ops.MetricsSink;
import com.salescarousel.ops.Tally;
import java.util.ArrayList;
import java.util.List;

/** The fast tier's metrics sink: keeps every published tally, so a test can read what one invocation counted. */
public final class RecordedMetrics implements MetricsSink {
    /** One publication: the service it was for and what it counted. */
    public record Published(String service, Tally tally) {}

    private final List<Published> published = new ArrayList<>();
    private boolean failing;

    @Override
    public synchronized void publish(String service, Tally tally) {
        if (failing) throw new IllegalStateException("the metrics sink is down");
        published.add(new Published(service, tally));
    }

    /** From now on every publication throws, as a closed stdout or a serialiser bug would. */
    public synchronized void fail() {
        failing = true;
    }

    public synchronized List<Published> published() {
        return List.copyOf(published);
    }

    /** The sum of one measure over every publication. */
    public synchronized long total(Measure m) {
        return published.stream().mapToLong(p -> p.tally().counts().getOrDefault(m, 0L)).sum();
    }

    /** The sum of one channel's touches over every publication. */
    public synchronized long touches(String channel) {
        return published.stream().mapToLong(p -> p.tally().touchesByChannel().getOrDefault(channel, 0L)).sum();
    }
}
