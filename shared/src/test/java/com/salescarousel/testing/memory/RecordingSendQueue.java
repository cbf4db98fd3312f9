package com.salescarousel.testing.memory;

import com.salescarousel.send.SendQueue;
import java.util.ArrayList;
import java.util.List;

/** The send queue as a list: the test sees what was queued and delivers (or redelivers) it by hand. */
public final class RecordingSendQueue implements SendQueue {
    /** One message, as the SQS body carries it. */
    public record Message(String repId, String sendId) {}

    private final List<Message> messages = new ArrayList<>();

    @Override
    public synchronized void enqueue(String repId, String sendId) {
        messages.add(new Message(repId, sendId));
    }

    /** Every message, duplicates included, in the order queued. */
    public synchronized List<Message> messages() {
        return List.copyOf(messages);
    }

    public List<String> sendIds() {
        return messages().stream().map(Message::sendId).toList();
    }
}
