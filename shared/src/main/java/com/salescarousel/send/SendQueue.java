package com.salescarousel.send;

/**
 * The port for the send queue. A message only names a send record; the record holds the state, so
 * a duplicate delivery finds the record past QUEUED and does nothing.
 */
public interface SendQueue {
    void enqueue(String repId, String sendId);
}
