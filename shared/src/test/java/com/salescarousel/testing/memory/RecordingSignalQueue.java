package com.salescarousel.testing.memory;

import com.salescarousel.signal.SignalEvent;
import com.salescarousel.signal.SignalQueue;
import java.util.ArrayList;
import java.util.List;

/** The signal queue as a list: the test sees what the webhook queued and delivers (or redelivers) it by hand. */
public final class RecordingSignalQueue implements SignalQueue {
    private final List<String> messages = new ArrayList<>();

    @Override
    public synchronized void enqueue(SignalEvent event) {
        messages.add(event.toMessage());
    }

    /** Every message body, duplicates included, in the order queued. */
    public synchronized List<String> messages() {
        return List.copyOf(messages);
    }
}
