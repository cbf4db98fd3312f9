package com.salescarousel.ops;

import com.salescarousel.touch.Channel;

/**
 * The port the use cases count business activity through. Counting never fails and never blocks:
 * the figures are published once per invocation ({@link Invocations}), after the work is done.
 */
public interface Activity {
    /** Counts nothing: for the code paths and tests that have no invocation to report to. */
    Activity NONE = new Activity() {
        @Override
        public void add(Measure measure, long n) {}

        @Override
        public void touchLogged(Channel channel) {}
    };

    void add(Measure measure, long n);

    default void add(Measure measure) {
        add(measure, 1);
    }

    /** {@link Measure#TOUCHES_LOGGED}, also by channel. */
    void touchLogged(Channel channel);
}
