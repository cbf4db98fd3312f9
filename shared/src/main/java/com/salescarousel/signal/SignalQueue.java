package com.salescarousel.signal;

/** The port for the signal queue: the webhook hands a validated event to {@code signal-intake}. */
public interface SignalQueue {
    void enqueue(SignalEvent event);
}
